import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { sessions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { describeScope } from '../../../platform/auth/actor.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';

const schema = z.object({ adhesion: z.uuid({ error: 'Choisissez un de vos rôles.' }) });

/** Switches the session's active membership; only one of the person's own memberships is accepted. */
export async function changerRole(
  ctx: ContexteUtilisateur,
  input: unknown,
): Promise<Result<{ role: string }>> {
  const { actor } = ctx;
  const parsed = schema.safeParse(input);
  const target = parsed.success ? actor.memberships.find((m) => m.id === parsed.data.adhesion) : undefined;
  if (!target) return fail('role_inconnu', 'Ce rôle ne fait pas partie des vôtres.', 403);
  if (actor.active?.id === target.id) return ok({ role: target.role });
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .update(sessions)
      .set({ adhesionId: target.id })
      .where(eq(sessions.idHash, actor.sessionIdHash));
    await recordAudit(tx.db, {
      actor,
      action: 'session.changement_role',
      entityType: 'adhesion',
      entityId: target.id,
      departementCode: target.departementCode ?? target.structureDepartementCode,
      structureId: target.structureId,
      ip: ctx.ip,
      details: { de: actor.active ? describeScope(actor.active) : null, vers: describeScope(target) },
    });
    return ok({ role: target.role });
  });
}
