import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { sessions, utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { checkTotpCode, newTotpSecret, TOTP_MESSAGES } from '../domain/totp.ts';
import { findUserById, setPendingTotpSecret } from '../repo.ts';

export interface EtatDeuxFacteurs {
  active: boolean;
  activeLe: Date | null;
  /** Secret generated but not confirmed yet. */
  secretEnAttente: string | null;
}

export async function etatDeuxFacteurs(ctx: ContexteUtilisateur): Promise<EtatDeuxFacteurs> {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  const active = Boolean(user?.totpActiveLe);
  return {
    active,
    activeLe: user?.totpActiveLe ?? null,
    secretEnAttente: !active && user?.totpSecret ? user.totpSecret : null,
  };
}

/** Generates a new secret to scan; it is used only once confirmed with a code. */
export async function preparerDeuxFacteurs(ctx: ContexteUtilisateur): Promise<Result<null>> {
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (!user) return fail('introuvable', 'Compte introuvable.', 404);
  if (user.totpActiveLe) {
    return fail('deja_active', 'La double authentification est déjà activée sur votre compte.', 409);
  }
  await setPendingTotpSecret(ctx.db, user.id, newTotpSecret(), ctx.now);
  return ok(null);
}

const codeSchema = z.object({
  code: z.string({ error: TOTP_MESSAGES.format }).max(20, TOTP_MESSAGES.format),
});

/**
 * Turns the second factor on once the person proves the app is set up (a valid code). The current
 * session counts as verified and the code's step is recorded, so it cannot be replayed at login.
 */
export async function activerDeuxFacteurs(ctx: ContexteUtilisateur, input: unknown): Promise<Result<null>> {
  const { actor, now } = ctx;
  const parsed = codeSchema.safeParse(input);
  if (!parsed.success)
    return fail('code_invalide', TOTP_MESSAGES.format, 400, { code: TOTP_MESSAGES.format });
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) return fail('introuvable', 'Compte introuvable.', 404);
  if (user.totpActiveLe) return fail('deja_active', 'La double authentification est déjà activée.', 409);
  if (!user.totpSecret) {
    return fail('pas_de_secret', 'Commencez par générer un code QR.', 409);
  }
  const check = checkTotpCode(user.totpSecret, parsed.data.code, now, user.totpDernierPas);
  if (!check.ok) {
    return fail('code_invalide', TOTP_MESSAGES[check.reason], 422, { code: TOTP_MESSAGES[check.reason] });
  }
  return inTransaction(ctx, async (tx) => {
    const rows = await tx.db
      .update(utilisateurs)
      .set({ totpActiveLe: now, totpDernierPas: check.step, modifieLe: now })
      .where(
        and(
          eq(utilisateurs.id, user.id),
          isNull(utilisateurs.totpActiveLe),
          eq(utilisateurs.totpSecret, user.totpSecret as string),
        ),
      )
      .returning({ id: utilisateurs.id });
    if (rows.length !== 1)
      return fail('conflit', 'La configuration a changé entre-temps : recommencez.', 409);
    await tx.db.update(sessions).set({ totpVerifieLe: now }).where(eq(sessions.idHash, actor.sessionIdHash));
    await recordAudit(tx.db, {
      actor,
      action: 'deux_facteurs.active',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
    });
    return ok(null);
  });
}
