/**
 * Fetches the official commune centres file (geo.api.gouv.fr, Licence Ouverte) when the machine has
 * network, for `maillage territoires import-centres --telecharger`. The bytes then go through the same
 * import as an operator's file (importerCentres): nothing here writes.
 */
import { ok, type Result } from '../../../platform/result.ts';

const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Every current commune with its town hall (mairie) and centroid (centre), as plain JSON. */
export const URL_CENTRES_OFFICIELS =
  'https://geo.api.gouv.fr/communes?fields=code,nom,centre,mairie&format=json&type=commune-actuelle';

export const DELAI_TELECHARGEMENT_MS = 60_000;

export interface ErreurTelechargement {
  code: 'hors_ligne' | 'delai' | 'reponse';
  message: string;
}

type Fetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export async function telechargerCentres(
  options: { url?: string; delaiMs?: number; fetch?: Fetch } = {},
): Promise<Result<{ fichier: string; contenu: Buffer }, ErreurTelechargement>> {
  const url = options.url ?? URL_CENTRES_OFFICIELS;
  const delai = options.delaiMs ?? DELAI_TELECHARGEMENT_MS;
  const appel: Fetch = options.fetch ?? ((u, init) => fetch(u, init));
  let reponse: Response;
  try {
    reponse = await appel(url, { signal: AbortSignal.timeout(delai) });
  } catch (e) {
    const nom = e instanceof Error ? e.name : '';
    if (nom === 'TimeoutError' || nom === 'AbortError') {
      return err({
        code: 'delai',
        message: `Le téléchargement des centres n’a pas abouti en ${Math.round(delai / 1000)} s. Réessayez, ou téléchargez le fichier ailleurs et importez-le : maillage territoires import-centres FICHIER.`,
      });
    }
    return err({
      code: 'hors_ligne',
      message:
        'Impossible de joindre geo.api.gouv.fr (machine sans réseau ?). Téléchargez le fichier sur une autre machine et importez-le : maillage territoires import-centres FICHIER (voir docs/territoires-centres.md).',
    });
  }
  if (!reponse.ok) {
    return err({
      code: 'reponse',
      message: `geo.api.gouv.fr a répondu ${reponse.status} : rien n’a été importé. Réessayez plus tard ou importez un fichier.`,
    });
  }
  try {
    const contenu = Buffer.from(await reponse.arrayBuffer());
    return ok({ fichier: 'communes-geo-api-gouv.json', contenu });
  } catch {
    return err({
      code: 'delai',
      message: 'Le téléchargement des centres a été interrompu : rien n’a été importé. Réessayez.',
    });
  }
}
