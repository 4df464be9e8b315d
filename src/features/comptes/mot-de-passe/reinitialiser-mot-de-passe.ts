import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { jetonsEmail, sessions, utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { hashPassword, passwordProblem } from '../../../platform/auth/passwords.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { clearFailures, cleCompte } from '../connexion/limitation.ts';
import { actorFor } from '../connexion/ouverture-session.ts';
import { findUserById } from '../repo.ts';

export type JetonProbleme = 'inconnu' | 'utilise' | 'expire';

export const JETON_MESSAGES: Record<JetonProbleme, { titre: string; message: string }> = {
  inconnu: {
    titre: 'Lien invalide',
    message:
      'Ce lien de réinitialisation n’est pas valable. Vérifiez que vous avez copié l’adresse en entier, ou demandez un nouveau lien.',
  },
  utilise: {
    titre: 'Lien déjà utilisé',
    message:
      'Ce lien a déjà servi à choisir un mot de passe : il ne fonctionne qu’une fois. Connectez-vous avec votre nouveau mot de passe, ou demandez un nouveau lien.',
  },
  expire: {
    titre: 'Lien expiré',
    message: 'Ce lien n’est valable qu’une heure et il a expiré. Demandez un nouveau lien.',
  },
};

/** Checks a reset token from an e-mail; returns the address it was sent to. */
export async function verifierJeton(
  db: Db,
  token: unknown,
  now: Date,
): Promise<Result<{ email: string; userId: string }, { code: JetonProbleme; message: string }>> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) {
    return { ok: false, error: { code: 'inconnu', message: JETON_MESSAGES.inconnu.message } };
  }
  const [row] = await db
    .select()
    .from(jetonsEmail)
    .where(and(eq(jetonsEmail.hash, hashToken(token)), eq(jetonsEmail.type, 'reinitialisation')))
    .limit(1);
  const problem: JetonProbleme | null = !row?.utilisateurId
    ? 'inconnu'
    : row.utiliseLe
      ? 'utilise'
      : row.expireLe <= now
        ? 'expire'
        : null;
  if (problem || !row?.utilisateurId) {
    const code = problem ?? 'inconnu';
    return { ok: false, error: { code, message: JETON_MESSAGES[code].message } };
  }
  return ok({ email: row.email, userId: row.utilisateurId });
}

const schema = z.object({
  jeton: z.string().default(''),
  motDePasse: z.string({ error: 'Choisissez un mot de passe.' }).min(1, 'Choisissez un mot de passe.'),
  confirmation: z.string({ error: 'Confirmez le mot de passe.' }).min(1, 'Confirmez le mot de passe.'),
});

/**
 * Sets a new password from a reset link: the token is consumed atomically (a second use fails),
 * every session of the account ends, and the login lock is lifted.
 */
export async function reinitialiserMotDePasse(ctx: UseCaseContext, input: unknown): Promise<Result<null>> {
  const { now } = ctx;
  const parsed = schema.safeParse(input);
  const token = parsed.success ? parsed.data.jeton : String((input as { jeton?: unknown })?.jeton ?? '');
  const check = await verifierJeton(ctx.db, token, now);
  if (!check.ok) return fail(`jeton_${check.error.code}`, check.error.message, 410);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return fail('champs_invalides', 'Le formulaire contient des erreurs.', 400, fields);
  }
  const { motDePasse, confirmation } = parsed.data;
  const problem = passwordProblem(motDePasse, check.value.email);
  if (problem) return fail('champs_invalides', problem, 400, { motDePasse: problem });
  if (confirmation !== motDePasse) {
    const message = 'Les deux mots de passe ne sont pas identiques.';
    return fail('champs_invalides', message, 400, { confirmation: message });
  }
  const user = await findUserById(ctx.db, check.value.userId);
  if (!user) return fail('jeton_inconnu', JETON_MESSAGES.inconnu.message, 410);
  const hash = await hashPassword(motDePasse);
  const actor = await actorFor(ctx.db, user, null);
  const done = await inTransaction(ctx, async (tx) => {
    const used = await tx.db
      .update(jetonsEmail)
      .set({ utiliseLe: now })
      .where(
        and(
          eq(jetonsEmail.hash, hashToken(token)),
          isNull(jetonsEmail.utiliseLe),
          gt(jetonsEmail.expireLe, now),
        ),
      )
      .returning({ hash: jetonsEmail.hash });
    if (used.length !== 1) return fail('jeton_utilise', JETON_MESSAGES.utilise.message, 410);
    await tx.db
      .update(utilisateurs)
      .set({ motDePasseHash: hash, modifieLe: now })
      .where(eq(utilisateurs.id, user.id));
    await tx.db.delete(sessions).where(eq(sessions.utilisateurId, user.id));
    await recordAudit(tx.db, {
      actor,
      action: 'mot_de_passe.reinitialise',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
    });
    return ok(null);
  });
  if (!done.ok) return done;
  await clearFailures(ctx.db, cleCompte(user.email));
  return done;
}
