import { and, eq, isNull } from 'drizzle-orm';
import { utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import {
  accountRefusal,
  actorFor,
  type Navigateur,
  openSession,
  type SessionOuverte,
} from '../connexion/ouverture-session.ts';
import { findUserByEmail, findUserByProConnectSub, normaliseEmail } from '../repo.ts';
import { completeAuthorization, type ProConnectChecks, type ProConnectIdentity } from './client.ts';

export const PROCONNECT_ECHEC =
  'La connexion avec ProConnect n’a pas abouti (demande expirée, annulée ou refusée). Recommencez, ou connectez-vous avec votre adresse et votre mot de passe.';

/** The provider's answer: the callback URL it sent the browser to, and the checks kept in the cookie. */
export interface RetourProConnect extends Navigateur {
  currentUrl: URL;
  checks: ProConnectChecks | null;
}

/**
 * Signs in with ProConnect (configured in `ctx.config.proConnect`): the identity is matched by its
 * ProConnect subject, else by its verified e-mail (the account is then linked to that subject). No
 * account is created for an unknown address. A failed exchange with the provider goes to `ctx.log`.
 */
export async function connexionProConnect(
  ctx: UseCaseContext,
  input: RetourProConnect,
): Promise<Result<SessionOuverte>> {
  const pc = ctx.config.proConnect;
  const { checks } = input;
  if (!pc || !checks) return fail('proconnect_echec', PROCONNECT_ECHEC, 400);
  let identity: ProConnectIdentity;
  try {
    identity = await completeAuthorization(pc, input.currentUrl, checks);
  } catch (err) {
    ctx.log(err);
    return fail('proconnect_echec', PROCONNECT_ECHEC, 400);
  }
  let user = await findUserByProConnectSub(ctx.db, identity.sub);
  if (!user) {
    if (!identity.email || !identity.emailVerified) {
      return fail(
        'proconnect_email_non_verifie',
        'ProConnect n’a pas transmis d’adresse électronique vérifiée : impossible de retrouver votre compte Maillage.',
        403,
      );
    }
    const byEmail = await findUserByEmail(ctx.db, identity.email);
    if (!byEmail) {
      return fail(
        'proconnect_compte_inconnu',
        `Aucun compte Maillage n’utilise l’adresse ${identity.email}. Les comptes sont créés sur invitation : demandez-en une à votre administrateur (ANCT, préfecture ou structure), puis reconnectez-vous avec ProConnect.`,
        403,
      );
    }
    if (byEmail.proconnectSub && byEmail.proconnectSub !== identity.sub) {
      return fail(
        'proconnect_autre_identite',
        'Ce compte Maillage est déjà associé à une autre identité ProConnect. Contactez votre administrateur.',
        409,
      );
    }
    const refusal = accountRefusal(ctx, byEmail);
    if (refusal) return refusal;
    const actor = await actorFor(ctx.db, byEmail, null);
    await inTransaction(ctx, async (tx) => {
      await tx.db
        .update(utilisateurs)
        .set({ proconnectSub: identity.sub, modifieLe: ctx.now })
        .where(and(eq(utilisateurs.id, byEmail.id), isNull(utilisateurs.proconnectSub)));
      await recordAudit(tx.db, {
        actor,
        action: 'compte.proconnect_lie',
        entityType: 'utilisateur',
        entityId: byEmail.id,
        ip: ctx.ip,
        details: { email: normaliseEmail(identity.email as string) },
      });
      return ok(null);
    });
    user = byEmail;
  }
  const refusal = accountRefusal(ctx, user);
  if (refusal) return refusal;
  return openSession(ctx, user, { userAgent: input.userAgent, methode: 'proconnect' });
}
