import { eq } from 'drizzle-orm';
import { sessions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { ok } from '../../../platform/result.ts';

/** Ends the current session (the row is deleted: the cookie becomes worthless even if kept). */
export async function seDeconnecter(ctx: ContexteUtilisateur): Promise<void> {
  const { actor } = ctx;
  await inTransaction(ctx, async (tx) => {
    await tx.db.delete(sessions).where(eq(sessions.idHash, actor.sessionIdHash));
    await recordAudit(tx.db, {
      actor,
      action: 'deconnexion',
      entityType: 'utilisateur',
      entityId: actor.userId,
      ip: ctx.ip,
    });
    return ok(null);
  });
}
