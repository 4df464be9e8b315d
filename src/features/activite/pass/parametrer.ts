import { activitePassStructures } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { peutPass } from './policy.ts';

/** The structure manager says whether the structure accepts pass numérique cheques. */
export async function parametrerPass(
  ctx: ContexteUtilisateur,
  accepte: boolean,
): Promise<Result<{ accepte: boolean }>> {
  const structureId = ctx.actor.active?.structureId;
  if (!structureId || !peutPass(ctx.actor, 'parametrer'))
    return fail('acces_refuse', 'Seul le gestionnaire de la structure règle le pass numérique.', 403);
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .insert(activitePassStructures)
      .values({ structureId, accepte, modifiePar: ctx.actor.userId, modifieLe: tx.now })
      .onConflictDoUpdate({
        target: activitePassStructures.structureId,
        set: { accepte, modifiePar: ctx.actor.userId, modifieLe: tx.now },
      });
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'activite.pass.parametres',
      entityType: 'pass_numerique',
      entityId: structureId,
      structureId,
      departementCode: ctx.actor.active?.structureDepartementCode ?? null,
      ip: tx.ip,
      details: { accepte },
    });
    return ok({ accepte });
  });
}
