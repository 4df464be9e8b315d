import { fail, ok, type Result } from '../../../../platform/result.ts';
import { estEnRetard } from '../../domain/parametres.ts';
import { AVIS_PREFECTURE, type AvisPrefecture, estDans } from '../../domain/types.ts';

export const COMMENTAIRE_AVIS_MIN = 10;
export const COMMENTAIRE_AVIS_MAX = 1000;

export interface AvisSaisi {
  avis: AvisPrefecture;
  commentaire: string;
  rangPriorite: number | null;
}

/** A préfecture's opinion: the 2021 platform's rules, plus the lateness flag against the deadline. */
export function verifierAvis(
  input: { avis: unknown; commentaire: string; rangPriorite: number | null },
  now: Date,
  echeance: string | null,
): Result<AvisSaisi & { enRetard: boolean }> {
  const fields: Record<string, string> = {};
  if (!estDans(AVIS_PREFECTURE, input.avis)) fields.avis = 'Choisissez un avis favorable ou défavorable.';
  const commentaire = input.commentaire.trim();
  if (commentaire.length < COMMENTAIRE_AVIS_MIN || commentaire.length > COMMENTAIRE_AVIS_MAX) {
    fields.commentaire = `Le commentaire doit contenir entre ${COMMENTAIRE_AVIS_MIN} et ${COMMENTAIRE_AVIS_MAX} caractères (actuellement ${commentaire.length}).`;
  }
  if (input.rangPriorite !== null && (!Number.isInteger(input.rangPriorite) || input.rangPriorite < 1)) {
    fields.rangPriorite = 'Le rang de priorité doit être un nombre entier supérieur ou égal à 1.';
  }
  const keys = Object.keys(fields);
  if (keys.length > 0) return fail('avis_invalide', fields[keys[0]!]!, 422, fields);
  return ok({
    avis: input.avis as AvisPrefecture,
    commentaire,
    rangPriorite: input.rangPriorite,
    enRetard: estEnRetard(now, echeance),
  });
}
