import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { jetonsEmail } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { hashToken, randomToken } from '../../../platform/auth/tokens.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { cleReinitialisation, keyLockedUntil, recordFailure } from '../connexion/limitation.ts';
import { accountRefusal, actorFor } from '../connexion/ouverture-session.ts';
import { REGLE_REINITIALISATION } from '../domain/limitation.ts';
import { findUserByEmail, normaliseEmail } from '../repo.ts';

/** A reset link works once, for one hour. */
export const RESET_LINK_TTL_MS = 60 * 60 * 1000;
export const RESET_PATH = '/mot-de-passe/reinitialiser';

export const demandeSchema = z.object({
  email: z
    .string({ error: 'Saisissez votre adresse électronique.' })
    .trim()
    .min(1, 'Saisissez votre adresse électronique.')
    .max(254, 'L’adresse électronique est trop longue.')
    .regex(
      /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
      'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
    ),
});

/** Always the same answer, whether or not an account uses the address. */
export const DEMANDE_CONFIRMATION =
  'Si un compte utilise cette adresse, un courriel vient d’y être envoyé avec un lien pour choisir un nouveau mot de passe. Le lien est valable une heure et ne sert qu’une fois. Pensez à vérifier vos indésirables.';

/**
 * Sends a single-use reset link when an active account uses the address. Nothing tells the caller
 * whether it did: the mail is sent without waiting (SMTP delays would reveal the account).
 */
export async function demanderReinitialisation(ctx: UseCaseContext, input: unknown): Promise<Result<null>> {
  const parsed = demandeSchema.safeParse(input);
  if (!parsed.success) {
    return fail('champs_invalides', 'Le formulaire contient des erreurs.', 400, fieldErrors(parsed.error));
  }
  const email = parsed.data.email;
  const { now } = ctx;
  // Several requests in a row for one address: silently capped (against mail bombing).
  const cle = cleReinitialisation(email);
  if (await keyLockedUntil(ctx.db, cle, now)) return ok(null);
  await recordFailure(ctx.db, cle, now, REGLE_REINITIALISATION);

  const user = await findUserByEmail(ctx.db, email);
  if (!user || accountRefusal(ctx, user)) return ok(null);

  const token = randomToken();
  const actor = await actorFor(ctx.db, user, null);
  await inTransaction(ctx, async (tx) => {
    // Only the latest link works.
    await tx.db
      .delete(jetonsEmail)
      .where(
        and(
          eq(jetonsEmail.utilisateurId, user.id),
          eq(jetonsEmail.type, 'reinitialisation'),
          isNull(jetonsEmail.utiliseLe),
        ),
      );
    await tx.db.insert(jetonsEmail).values({
      hash: hashToken(token),
      type: 'reinitialisation',
      utilisateurId: user.id,
      email: normaliseEmail(user.email),
      expireLe: new Date(now.getTime() + RESET_LINK_TTL_MS),
      creeLe: now,
    });
    await recordAudit(tx.db, {
      actor,
      action: 'mot_de_passe.demande_reinitialisation',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
    });
    return ok(null);
  });
  const link = `${ctx.config.baseUrl}${RESET_PATH}?jeton=${encodeURIComponent(token)}`;
  ctx.mailer
    .send({
      to: user.email,
      subject: 'Maillage : choisissez un nouveau mot de passe',
      text: [
        `Bonjour ${user.prenom},`,
        '',
        'Vous avez demandé à choisir un nouveau mot de passe pour votre compte Maillage.',
        'Ouvrez ce lien (valable une heure, utilisable une seule fois) :',
        '',
        link,
        '',
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : votre mot de passe actuel reste valable.',
        '',
        'L’équipe Maillage',
      ].join('\n'),
    })
    .catch((err) => ctx.log(err));
  return ok(null);
}
