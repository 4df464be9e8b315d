import { eq } from 'drizzle-orm';
import { lieux } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { ContexteUtilisateur } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { aujourdhuiAParis } from './fraicheur.ts';
import { peut } from './policy.ts';
import { lieuDeLaStructure } from './repo.ts';

/** "Les informations sont à jour": date_maj becomes today without any other change. */
export async function confirmerLieu(
  ctx: ContexteUtilisateur,
  id: string,
): Promise<Result<{ id: string; dateMaj: string }>> {
  const acteur = ctx.actor;
  const structureId = acteur.active?.structureId ?? null;
  const actuel = structureId ? await lieuDeLaStructure(ctx.db, structureId, id) : null;
  if (!actuel || !peut(acteur, 'confirmer', { type: 'lieu', structureId: actuel.structureId })) {
    return fail('lieu_introuvable', 'Ce lieu n’existe pas ou n’est pas géré par votre structure.', 404);
  }
  const dateMaj = aujourdhuiAParis(ctx.now);
  await ctx.db.transaction(async (tx) => {
    await tx.update(lieux).set({ dateMaj, modifieLe: ctx.now }).where(eq(lieux.id, id));
    await recordAudit(tx, {
      actor: acteur,
      action: 'lieu.confirmation',
      entityType: 'lieu',
      entityId: id,
      departementCode: actuel.departementCode,
      structureId: actuel.structureId,
      ip: ctx.ip,
      details: { dateMajPrecedente: actuel.dateMaj, dateMaj },
    });
  });
  return ok({ id, dateMaj });
}
