import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { verifyPassword } from '../../../platform/auth/passwords.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, type Result } from '../../../platform/result.ts';
import { minutesToWait, REGLE_CONNEXION } from '../domain/limitation.ts';
import { findUserByEmail, normaliseEmail } from '../repo.ts';
import { cleCompte, keyLockedUntil, recordFailure } from './limitation.ts';
import { accountRefusal, type Navigateur, openSession, type SessionOuverte } from './ouverture-session.ts';

export const connexionSchema = z.object({
  email: z
    .string({ error: 'Saisissez votre adresse électronique.' })
    .trim()
    .min(1, 'Saisissez votre adresse électronique.')
    .max(254, 'L’adresse électronique est trop longue.'),
  motDePasse: z
    .string({ error: 'Saisissez votre mot de passe.' })
    .min(1, 'Saisissez votre mot de passe.')
    .max(1000, 'Le mot de passe est trop long.'),
});

/** One message whether the address is unknown or the password wrong: it never reveals an account. */
export const IDENTIFIANTS_INVALIDES = 'Adresse électronique ou mot de passe incorrect.';

export function lockedMessage(minutes: number): string {
  return `Trop de tentatives de connexion pour cette adresse. Par sécurité, réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}, ou réinitialisez votre mot de passe.`;
}

/** Login with e-mail and password (first factor). */
export async function seConnecter(
  ctx: UseCaseContext,
  input: unknown,
  navigateur: Navigateur = {},
): Promise<Result<SessionOuverte>> {
  const parsed = connexionSchema.safeParse(input);
  if (!parsed.success) {
    return fail('champs_invalides', 'Le formulaire contient des erreurs.', 400, fieldErrors(parsed.error));
  }
  const { email, motDePasse } = parsed.data;
  const { now } = ctx;
  const cle = cleCompte(email);
  // Locked whether or not the account exists, so the lock itself reveals nothing.
  const locked = await keyLockedUntil(ctx.db, cle, now);
  if (locked) return fail('compte_bloque', lockedMessage(minutesToWait(locked, now)), 429);

  const user = await findUserByEmail(ctx.db, email);
  // verifyPassword spends the same time without a stored hash (unknown address).
  const valid = await verifyPassword(user?.motDePasseHash ?? null, motDePasse);
  if (!user || !valid) {
    // Counted and journaled although the login fails: outside any transaction.
    await recordFailure(ctx.db, cle, now, REGLE_CONNEXION);
    await recordAudit(ctx.db, {
      actor: null,
      action: 'connexion.echec',
      entityType: 'utilisateur',
      entityId: user?.id ?? null,
      ip: ctx.ip,
      details: { email: normaliseEmail(email), raison: 'identifiants_invalides' },
    });
    return fail('identifiants_invalides', IDENTIFIANTS_INVALIDES, 401);
  }
  const refusal = accountRefusal(ctx, user);
  if (refusal) {
    await recordAudit(ctx.db, {
      actor: null,
      action: 'connexion.echec',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
      details: { email: normaliseEmail(email), raison: refusal.error.code },
    });
    return refusal;
  }
  return openSession(ctx, user, { ...navigateur, methode: 'mot_de_passe' });
}
