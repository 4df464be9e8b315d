import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { createSession, destroySession } from '../../../platform/auth/sessions.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { clearFailures, cleTotp, keyLockedUntil, recordFailure } from '../connexion/limitation.ts';
import { minutesToWait, REGLE_TOTP } from '../domain/limitation.ts';
import { checkTotpCode, TOTP_MESSAGES } from '../domain/totp.ts';
import { consumeTotpStep, findUserById } from '../repo.ts';

const schema = z.object({ code: z.string({ error: TOTP_MESSAGES.format }).max(20, TOTP_MESSAGES.format) });

/** The session being verified: its token (replaced on success) and the browser, recorded on the new one. */
export interface SessionAVerifier {
  token: string;
  userAgent?: string | undefined;
}

/**
 * Second factor at login: a code from the app (±30 s), never the same step twice, 5 wrong codes lock it
 * for 15 minutes. On success the session is replaced by a new one marked verified (new id on privilege
 * change); returns the new session token.
 */
export async function verifierCodeConnexion(
  ctx: ContexteUtilisateur,
  input: unknown,
  session: SessionAVerifier,
): Promise<Result<{ token: string }>> {
  const { actor, now } = ctx;
  const cle = cleTotp(actor.userId);
  const locked = await keyLockedUntil(ctx.db, cle, now);
  if (locked) {
    const minutes = minutesToWait(locked, now);
    return fail(
      'code_bloque',
      `Trop de codes incorrects. Par sécurité, réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
      429,
    );
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    return fail('code_invalide', TOTP_MESSAGES.format, 400, { code: TOTP_MESSAGES.format });
  const user = await findUserById(ctx.db, actor.userId);
  if (!user?.totpActiveLe || !user.totpSecret) {
    return fail('non_active', 'La double authentification n’est pas activée sur ce compte.', 409);
  }
  const check = checkTotpCode(user.totpSecret, parsed.data.code, now, user.totpDernierPas);
  const accepted = check.ok && (await consumeTotpStep(ctx.db, user.id, check.step));
  if (!accepted) {
    const reason = check.ok ? 'deja_utilise' : check.reason;
    // Counted and journaled even though the use case fails: no rollback here.
    if (reason !== 'format') await recordFailure(ctx.db, cle, now, REGLE_TOTP);
    await recordAudit(ctx.db, {
      actor,
      action: 'connexion.code_refuse',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
      details: { raison: reason },
    });
    return fail('code_invalide', TOTP_MESSAGES[reason], 422, { code: TOTP_MESSAGES[reason] });
  }
  const opened = await inTransaction(ctx, async (tx) => {
    await destroySession(tx.db, session.token);
    const token = await createSession(tx.db, {
      userId: user.id,
      adhesionId: actor.active?.id ?? null,
      ip: ctx.ip ?? undefined,
      userAgent: session.userAgent,
      now,
      totpVerified: true,
    });
    await recordAudit(tx.db, {
      actor,
      action: 'connexion.code_accepte',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
    });
    return ok({ token });
  });
  await clearFailures(ctx.db, cle);
  return opened;
}
