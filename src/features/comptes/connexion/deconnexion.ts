import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { sessions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UserActor } from '../../../platform/auth/actor.ts';

/** Ends the current session (the row is deleted: the cookie becomes worthless even if kept). */
export async function seDeconnecter(
  db: Db,
  actor: UserActor,
  ctx: { ip?: string | undefined },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.idHash, actor.sessionIdHash));
    await recordAudit(tx, {
      actor,
      action: 'deconnexion',
      entityType: 'utilisateur',
      entityId: actor.userId,
      ip: ctx.ip,
    });
  });
}
