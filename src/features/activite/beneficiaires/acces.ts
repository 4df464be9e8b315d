import type { UseCaseContext } from '../../../platform/context.ts';
import { fail, type Result } from '../../../platform/result.ts';
import { type BeneficiaireAction, peutBeneficiaire } from '../policies/activite.ts';
import { type FicheBeneficiaire, ficheBeneficiaire, suiviDe } from './lectures.ts';

export const INTROUVABLE = 'Cette personne n’existe pas ou n’est pas dans votre suivi.';

/**
 * The beneficiary the actor may act on, locked for update when `ctx.db` is a transaction; another's,
 * merged, erased or unknown: the same "not found" (nothing tells whether it exists).
 */
export async function beneficiaireAutorise(
  ctx: UseCaseContext,
  action: BeneficiaireAction,
  id: string,
): Promise<Result<FicheBeneficiaire>> {
  const acteur = ctx.actor?.kind === 'user' ? ctx.actor : null;
  const suivi = suiviDe(acteur);
  const b = suivi ? await ficheBeneficiaire(ctx.db, suivi, id) : null;
  if (!b || !peutBeneficiaire(acteur, action, { type: 'beneficiaire', ...b }))
    return fail('beneficiaire_introuvable', INTROUVABLE, 404);
  return { ok: true, value: b };
}
