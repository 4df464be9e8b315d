import type { Config } from '../../../config/env.ts';
import type { Db } from '../../../db/client.ts';
import {
  type AdresseTrouvee,
  adressesAProposer,
  choisirAdresse,
  communeDeRattachement,
  geocodeurPour,
  type PrecisionPosition,
  precisionDe,
} from '../../../platform/geocodage/index.ts';
import { centreCommune } from '../centres/repo.ts';

/**
 * Where an address is: the national address service's answer when it is confident, else the
 * commune's centre (flagged `commune`: approximate). Geocoding never blocks a save: a service down,
 * slow or disabled gives the centre, and the address can be geocoded again later (`maillage lieux
 * geocoder`).
 */

export interface PositionAdresse {
  latitude: number;
  longitude: number;
  precision: PrecisionPosition;
  /** The address as the service wrote it; null for a commune centre. */
  libelle: string | null;
}

export type LocalisationAdresse =
  /** Confident answer, in the expected commune. */
  | { type: 'trouvee'; position: PositionAdresse }
  /** Several or doubtful answers: the person chooses (or keeps the centre, `repli`). */
  | { type: 'a_choisir'; propositions: AdresseTrouvee[]; repli: PositionAdresse | null }
  /** Nothing usable from the service: the commune's centre when known. */
  | {
      type: 'repli';
      position: PositionAdresse | null;
      raison: 'indisponible' | 'desactive' | 'introuvable';
    };

export interface DemandeAdresse {
  adresse: string;
  codeInsee: string;
  codePostal?: string | undefined;
}

type Ctx = { db: Db; config: Pick<Config, 'geocodageUrl' | 'geocodageDelaiMs'> };

/** The platform's commune code on every result (Paris, Lyon, Marseille: not the arrondissement's). */
export function rattacher(a: AdresseTrouvee): AdresseTrouvee {
  return { ...a, codeInsee: communeDeRattachement(a.codeInsee) };
}

export function positionDe(a: AdresseTrouvee, precision: PrecisionPosition): PositionAdresse {
  return { latitude: a.latitude, longitude: a.longitude, precision, libelle: a.label };
}

async function centre(db: Db, codeInsee: string): Promise<PositionAdresse | null> {
  const c = await centreCommune(db, codeInsee);
  return c ? { latitude: c.latitude, longitude: c.longitude, precision: 'commune', libelle: null } : null;
}

export async function localiserAdresse(
  ctx: Ctx,
  demande: DemandeAdresse,
  options: { proposer?: boolean } = {},
): Promise<LocalisationAdresse> {
  const geocodeur = geocodeurPour(ctx.config);
  const q = demande.adresse.trim();
  const r =
    q.length >= 3
      ? await geocodeur.rechercher({
          q,
          codeInsee: demande.codeInsee,
          codePostal: demande.codePostal,
          limite: 5,
        })
      : ({ ok: true, adresses: [] } as const);
  if (!r.ok) return { type: 'repli', position: await centre(ctx.db, demande.codeInsee), raison: r.raison };
  const attendu = { codeInsee: demande.codeInsee };
  const choisie = choisirAdresse(r.adresses, attendu);
  // Confident and alone at the top (or the caller cannot ask): taken as is.
  const propositions = adressesAProposer(r.adresses, attendu).map(rattacher);
  if (choisie && (!options.proposer || propositions.length <= 1 || choisie.score >= 0.8)) {
    return { type: 'trouvee', position: positionDe(choisie, precisionDe(choisie.type)) };
  }
  const repli = await centre(ctx.db, demande.codeInsee);
  if (options.proposer && propositions.length > 0) return { type: 'a_choisir', propositions, repli };
  return { type: 'repli', position: repli, raison: 'introuvable' };
}

/** Suggestions while an address is typed (the forms' autocomplete); the service's answer as is. */
export async function suggererAdresses(
  ctx: Pick<Ctx, 'config'>,
  demande: { q: string; codeInsee?: string | undefined; limite: number },
) {
  const r = await geocodeurPour(ctx.config).rechercher({
    q: demande.q,
    codeInsee: demande.codeInsee,
    limite: demande.limite,
    autocompletion: true,
  });
  return r.ok ? { ok: true as const, adresses: r.adresses.map(rattacher) } : r;
}
