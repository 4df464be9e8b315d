import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../../platform/auth/passwords.ts';
import { destroyOtherUserSessions } from '../../../platform/auth/sessions.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { findUserById } from '../repo.ts';

const schema = z.object({
  motDePasseActuel: z
    .string({ error: 'Saisissez votre mot de passe actuel.' })
    .min(1, 'Saisissez votre mot de passe actuel.')
    .max(1000),
  nouveauMotDePasse: z
    .string({ error: 'Choisissez un nouveau mot de passe.' })
    .min(1, 'Choisissez un nouveau mot de passe.'),
  confirmation: z
    .string({ error: 'Confirmez le nouveau mot de passe.' })
    .min(1, 'Confirmez le nouveau mot de passe.'),
});

/** Changes the password (current one required); every other session of the account ends. */
export async function changerMotDePasse(ctx: ContexteUtilisateur, input: unknown): Promise<Result<null>> {
  const { actor, now } = ctx;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return fail('champs_invalides', 'Le formulaire contient des erreurs.', 400, fieldErrors(parsed.error));
  }
  const { motDePasseActuel, nouveauMotDePasse, confirmation } = parsed.data;
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) return fail('introuvable', 'Compte introuvable.', 404);
  if (!(await verifyPassword(user.motDePasseHash, motDePasseActuel))) {
    const message = 'Mot de passe actuel incorrect.';
    return fail('champs_invalides', message, 422, { motDePasseActuel: message });
  }
  const problem = passwordProblem(nouveauMotDePasse, user.email);
  if (problem) return fail('champs_invalides', problem, 400, { nouveauMotDePasse: problem });
  if (confirmation !== nouveauMotDePasse) {
    const message = 'Les deux mots de passe ne sont pas identiques.';
    return fail('champs_invalides', message, 400, { confirmation: message });
  }
  if (motDePasseActuel === nouveauMotDePasse) {
    const message = 'Le nouveau mot de passe doit être différent de l’actuel.';
    return fail('champs_invalides', message, 400, { nouveauMotDePasse: message });
  }
  const hash = await hashPassword(nouveauMotDePasse);
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .update(utilisateurs)
      .set({ motDePasseHash: hash, modifieLe: now })
      .where(eq(utilisateurs.id, user.id));
    await destroyOtherUserSessions(tx.db, user.id, actor.sessionIdHash);
    await recordAudit(tx.db, {
      actor,
      action: 'compte.mot_de_passe_modifie',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
    });
    return ok(null);
  });
}
