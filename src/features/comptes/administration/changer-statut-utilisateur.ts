import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { sessions, utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { can } from '../policies/index.ts';
import { chargerUtilisateur, ressourceUtilisateur } from './queries.ts';

const input = z.object({ utilisateurId: z.uuid() });

/**
 * Deactivates an account (or reactivates it): a deactivated person can no longer log in, and every
 * open session of theirs ends at once, in the same transaction as the audit event.
 */
export async function changerStatutUtilisateur(
  ctx: UseCaseContext,
  raw: unknown,
  actif: boolean,
): Promise<Result<{ sessionsFermees: number }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return fail('utilisateur_introuvable', 'Ce compte n’existe pas.', 404);
  const user = await chargerUtilisateur(ctx.db, parsed.data.utilisateurId);
  if (!user) return fail('utilisateur_introuvable', 'Ce compte n’existe pas.', 404);
  const soiMeme = ctx.actor?.kind === 'user' && ctx.actor.userId === user.id;
  const resource = ressourceUtilisateur(user, ctx.actor?.kind === 'user' ? ctx.actor.userId : null);
  if (!can(ctx.actor, actif ? 'reactiver' : 'desactiver', resource)) {
    return soiMeme
      ? fail('action_sur_soi', 'Vous ne pouvez pas désactiver votre propre compte.', 403)
      : fail('acces_refuse', 'Vous n’avez pas le droit de modifier ce compte.', 403);
  }
  if (user.actif === actif) {
    return fail(
      actif ? 'deja_actif' : 'deja_desactive',
      actif ? 'Ce compte est déjà actif.' : 'Ce compte est déjà désactivé.',
      409,
    );
  }
  return inTransaction(ctx, async (tx) => {
    await tx.db.update(utilisateurs).set({ actif, modifieLe: ctx.now }).where(eq(utilisateurs.id, user.id));
    const closed = actif
      ? []
      : await tx.db
          .delete(sessions)
          .where(eq(sessions.utilisateurId, user.id))
          .returning({ id: sessions.idHash });
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: actif ? 'utilisateur.reactive' : 'utilisateur.desactive',
      entityType: 'utilisateur',
      entityId: user.id,
      departementCode: resource.departementCodes.length === 1 ? resource.departementCodes[0] : null,
      ip: ctx.ip,
      details: { email: user.email, ...(actif ? {} : { sessionsFermees: closed.length }) },
    });
    return ok({ sessionsFermees: closed.length });
  });
}

export const desactiverUtilisateur = (ctx: UseCaseContext, raw: unknown) =>
  changerStatutUtilisateur(ctx, raw, false);
export const reactiverUtilisateur = (ctx: UseCaseContext, raw: unknown) =>
  changerStatutUtilisateur(ctx, raw, true);
