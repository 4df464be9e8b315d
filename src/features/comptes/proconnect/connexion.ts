import { and, eq, isNull } from 'drizzle-orm';
import type { ProConnectConfig } from '../../../config/env.ts';
import { utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { AppDeps } from '../../../platform/http/deps.ts';
import { fail, type Result } from '../../../platform/result.ts';
import {
  accountRefusal,
  actorFor,
  type Contexte,
  openSession,
  type SessionOuverte,
} from '../connexion/ouverture-session.ts';
import { findUserByEmail, findUserByProConnectSub, normaliseEmail } from '../repo.ts';
import { completeAuthorization, type ProConnectChecks, type ProConnectIdentity } from './client.ts';

export const PROCONNECT_ECHEC =
  'La connexion avec ProConnect n’a pas abouti (demande expirée, annulée ou refusée). Recommencez, ou connectez-vous avec votre adresse et votre mot de passe.';

/**
 * Signs in with ProConnect: the identity is matched by its ProConnect subject, else by its verified
 * e-mail (the account is then linked to that subject). No account is created for an unknown address.
 */
export async function connexionProConnect(
  deps: AppDeps,
  pc: ProConnectConfig,
  currentUrl: URL,
  checks: ProConnectChecks | null,
  ctx: Contexte & { log?: (err: unknown) => void },
): Promise<Result<SessionOuverte>> {
  if (!checks) return fail('proconnect_echec', PROCONNECT_ECHEC, 400);
  let identity: ProConnectIdentity;
  try {
    identity = await completeAuthorization(pc, currentUrl, checks);
  } catch (err) {
    ctx.log?.(err);
    return fail('proconnect_echec', PROCONNECT_ECHEC, 400);
  }
  let user = await findUserByProConnectSub(deps.db, identity.sub);
  if (!user) {
    if (!identity.email || !identity.emailVerified) {
      return fail(
        'proconnect_email_non_verifie',
        'ProConnect n’a pas transmis d’adresse électronique vérifiée : impossible de retrouver votre compte Maillage.',
        403,
      );
    }
    const byEmail = await findUserByEmail(deps.db, identity.email);
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
    const refusal = accountRefusal(deps, byEmail);
    if (refusal) return refusal;
    const actor = await actorFor(deps.db, byEmail, null);
    await deps.db.transaction(async (tx) => {
      await tx
        .update(utilisateurs)
        .set({ proconnectSub: identity.sub, modifieLe: deps.now() })
        .where(and(eq(utilisateurs.id, byEmail.id), isNull(utilisateurs.proconnectSub)));
      await recordAudit(tx, {
        actor,
        action: 'compte.proconnect_lie',
        entityType: 'utilisateur',
        entityId: byEmail.id,
        ip: ctx.ip,
        details: { email: normaliseEmail(identity.email as string) },
      });
    });
    user = byEmail;
  }
  const refusal = accountRefusal(deps, user);
  if (refusal) return refusal;
  return openSession(deps, user, { ...ctx, methode: 'proconnect' });
}
