import { and, eq, isNull } from 'drizzle-orm';
import { beneficiaires } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { beneficiaireAutorise } from './acces.ts';

/**
 * The adviser gave the information notice to a person recorded without consent (imported, sent by
 * the API) and records their agreement: `consentement_le` becomes now. Already recorded: refused.
 */
export async function enregistrerConsentement(
  ctx: UseCaseContext,
  id: string,
): Promise<Result<{ id: string }>> {
  const acces = await beneficiaireAutorise(ctx, 'modifier', id);
  if (!acces.ok) return acces;
  if (acces.value.consentementLe)
    return fail(
      'consentement_deja_enregistre',
      'Le consentement de cette personne est déjà enregistré.',
      409,
    );
  return inTransaction(ctx, async (tx) => {
    const maj = await tx.db
      .update(beneficiaires)
      .set({ consentementLe: tx.now, modifieLe: tx.now })
      .where(and(eq(beneficiaires.id, id), isNull(beneficiaires.consentementLe)))
      .returning({ id: beneficiaires.id });
    if (maj.length !== 1)
      return fail(
        'consentement_deja_enregistre',
        'Le consentement de cette personne est déjà enregistré.',
        409,
      );
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'activite.beneficiaire.consentement',
      entityType: 'beneficiaire',
      entityId: id,
      structureId: acces.value.structureId,
      ip: tx.ip,
    });
    return ok({ id });
  });
}
