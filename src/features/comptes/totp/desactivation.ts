import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { sessions, utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { verifyPassword } from '../../../platform/auth/passwords.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { checkTotpCode, TOTP_MESSAGES } from '../domain/totp.ts';
import { consumeTotpStep, findUserById } from '../repo.ts';

const schema = z.object({
  motDePasse: z
    .string({ error: 'Saisissez votre mot de passe.' })
    .min(1, 'Saisissez votre mot de passe.')
    .max(1000),
  code: z.string({ error: TOTP_MESSAGES.format }).max(20, TOTP_MESSAGES.format),
});

/**
 * Turns the second factor off (e.g. to move to a new phone): both the password and a current code are
 * required. The session must pass the second factor again if its role requires one.
 */
export async function desactiverDeuxFacteurs(
  ctx: ContexteUtilisateur,
  input: unknown,
): Promise<Result<null>> {
  const { actor, now } = ctx;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return fail('champs_invalides', 'Le formulaire contient des erreurs.', 400, fields);
  }
  const user = await findUserById(ctx.db, actor.userId);
  if (!user?.totpActiveLe || !user.totpSecret) {
    return fail('non_active', 'La double authentification n’est pas activée.', 409);
  }
  if (!(await verifyPassword(user.motDePasseHash, parsed.data.motDePasse))) {
    const message = 'Mot de passe incorrect.';
    return fail('mot_de_passe_incorrect', message, 422, { motDePasse: message });
  }
  const check = checkTotpCode(user.totpSecret, parsed.data.code, now, user.totpDernierPas);
  if (!check.ok || !(await consumeTotpStep(ctx.db, user.id, check.step))) {
    const message = TOTP_MESSAGES[check.ok ? 'deja_utilise' : check.reason];
    return fail('code_invalide', message, 422, { code: message });
  }
  return inTransaction(ctx, async (tx) => {
    await tx.db
      .update(utilisateurs)
      .set({ totpSecret: null, totpActiveLe: null, totpDernierPas: null, modifieLe: now })
      .where(eq(utilisateurs.id, user.id));
    await tx.db.update(sessions).set({ totpVerifieLe: null }).where(eq(sessions.utilisateurId, user.id));
    await recordAudit(tx.db, {
      actor,
      action: 'deux_facteurs.desactive',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
    });
    return ok(null);
  });
}
