import { and, eq, isNull } from 'drizzle-orm';
import { jetonsEmail } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { isRole } from '../../../platform/auth/roles.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { chargerStructure } from '../../structures/index.ts';
import { can } from '../policies/index.ts';
import { chargerInvitationParHash } from './queries.ts';

/** Withdraws a pending invitation: its link stops working at once. */
export async function annulerInvitation(
  ctx: UseCaseContext,
  hash: string,
): Promise<Result<{ email: string }>> {
  const introuvable = fail(
    'invitation_introuvable',
    'Cette invitation n’existe pas ou n’est plus en attente.',
    404,
  );
  if (!/^[0-9a-f]{64}$/.test(hash)) return introuvable;
  const inv = await chargerInvitationParHash(ctx.db, hash);
  if (!inv || inv.utiliseLe || !isRole(inv.role)) return introuvable;
  const resource = {
    type: 'invitation',
    role: inv.role,
    departementCode: inv.departementCode,
    structureId: inv.structureId,
  } as const;
  if (!can(ctx.actor, 'annuler', resource))
    return fail('acces_refuse', 'Vous ne pouvez pas annuler cette invitation.', 403);
  const structure = inv.structureId ? await chargerStructure(ctx.db, inv.structureId) : null;
  return inTransaction(ctx, async (tx) => {
    const deleted = await tx.db
      .delete(jetonsEmail)
      .where(and(eq(jetonsEmail.hash, hash), isNull(jetonsEmail.utiliseLe)))
      .returning({ hash: jetonsEmail.hash });
    if (deleted.length === 0) return introuvable;
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'invitation.annulee',
      entityType: 'invitation',
      entityId: hash,
      departementCode: inv.departementCode ?? structure?.departementCode ?? null,
      structureId: inv.structureId,
      ip: ctx.ip,
      details: { email: inv.email, role: inv.role },
    });
    return ok({ email: inv.email });
  });
}
