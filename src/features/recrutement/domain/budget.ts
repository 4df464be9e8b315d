import { fail, ok, type Result } from '../../../platform/result.ts';
import type { ParametresProgramme } from './parametres.ts';

const nf = new Intl.NumberFormat('fr-FR');
export const formatNombre = (n: number) => nf.format(n);
export const formatEuros = (n: number) => `${nf.format(n)} €`;

/** National totals written by the committee so far (sum of every decision row). */
export interface TotauxNationaux {
  postesAttribues: number;
  engageEur: number;
}

export interface EffetDecision {
  /** Signed change in granted posts (negative for a withdrawal). */
  postes: number;
  /** Signed change in committed funding. */
  montantEur: number;
}

/**
 * A committee decision may not push the national posts beyond the target nor the committed funding
 * beyond the envelope. Withdrawals always pass (they only free posts and money).
 */
export function verifierQuotaEtEnveloppe(
  params: ParametresProgramme,
  totaux: TotauxNationaux,
  effet: EffetDecision,
): Result<TotauxNationaux> {
  const postes = totaux.postesAttribues + effet.postes;
  const engage = totaux.engageEur + effet.montantEur;
  if (effet.postes > 0 && postes > params.postesCibles) {
    const reste = Math.max(0, params.postesCibles - totaux.postesAttribues);
    return fail(
      'quota_national_depasse',
      `Décision refusée : elle porterait le nombre de postes attribués à ${formatNombre(postes)}, au-delà de ` +
        `l’objectif national de ${formatNombre(params.postesCibles)} postes. Il reste ${formatNombre(reste)} ` +
        `poste${reste > 1 ? 's' : ''} à attribuer.`,
      409,
    );
  }
  if (effet.montantEur > 0 && engage > params.enveloppeEur) {
    const reste = Math.max(0, params.enveloppeEur - totaux.engageEur);
    return fail(
      'enveloppe_depassee',
      `Décision refusée : elle porterait les financements engagés à ${formatEuros(engage)}, au-delà de ` +
        `l’enveloppe de ${formatEuros(params.enveloppeEur)}. Il reste ${formatEuros(reste)} à engager.`,
      409,
    );
  }
  return ok({ postesAttribues: postes, engageEur: engage });
}

/** Montant of a convention or a decision: posts × funding per post of the employer's category. */
export function montantPostes(postes: number, financementParPosteEur: number): number {
  return postes * financementParPosteEur;
}
