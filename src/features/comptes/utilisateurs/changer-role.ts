import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { sessions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { describeScope, type UserActor } from '../../../platform/auth/actor.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';

const schema = z.object({ adhesion: z.uuid({ error: 'Choisissez un de vos rôles.' }) });

/** Switches the session's active membership; only one of the person's own memberships is accepted. */
export async function changerRole(
  db: Db,
  actor: UserActor,
  input: unknown,
  ctx: { ip?: string | undefined },
): Promise<Result<{ role: string }>> {
  const parsed = schema.safeParse(input);
  const target = parsed.success ? actor.memberships.find((m) => m.id === parsed.data.adhesion) : undefined;
  if (!target) return fail('role_inconnu', 'Ce rôle ne fait pas partie des vôtres.', 403);
  if (actor.active?.id === target.id) return ok({ role: target.role });
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ adhesionId: target.id }).where(eq(sessions.idHash, actor.sessionIdHash));
    await recordAudit(tx, {
      actor,
      action: 'session.changement_role',
      entityType: 'adhesion',
      entityId: target.id,
      departementCode: target.departementCode ?? target.structureDepartementCode,
      structureId: target.structureId,
      ip: ctx.ip,
      details: { de: actor.active ? describeScope(actor.active) : null, vers: describeScope(target) },
    });
  });
  return ok({ role: target.role });
}
