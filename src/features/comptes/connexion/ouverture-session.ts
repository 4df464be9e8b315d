import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UserActor } from '../../../platform/auth/actor.ts';
import { ROLES_WITH_TOTP } from '../../../platform/auth/roles.ts';
import { createSession, loadMemberships } from '../../../platform/auth/sessions.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { firstMembershipId, type UtilisateurRow } from '../repo.ts';
import { clearFailures, cleCompte } from './limitation.ts';

/** What the person must still do after the first factor. */
export type SecondFactor = 'aucun' | 'code' | 'enrolement';

export interface SessionOuverte {
  token: string;
  userId: string;
  secondFactor: SecondFactor;
}

/** The browser a login comes from, recorded on the session (the address comes from the context). */
export interface Navigateur {
  userAgent?: string | undefined;
}

/**
 * An actor for audit events written about a person who is not signed in yet (login, reset):
 * the event is attributed to them, in the membership given.
 */
export async function actorFor(db: Db, user: UtilisateurRow, adhesionId: string | null): Promise<UserActor> {
  const memberships = await loadMemberships(db, user.id);
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    prenom: user.prenom,
    nom: user.nom,
    memberships,
    active: memberships.find((m) => m.id === adhesionId) ?? memberships[0] ?? null,
    sessionIdHash: '',
    totpEnabled: user.totpActiveLe !== null,
    totpVerified: false,
  };
}

/** Accounts that may not sign in here, whatever the method (password, ProConnect). */
export function accountRefusal(ctx: UseCaseContext, user: UtilisateurRow) {
  if (!user.actif) {
    return fail(
      'compte_desactive',
      'Ce compte a été désactivé. Contactez l’administrateur qui vous a invité pour le réactiver.',
      403,
    );
  }
  if (user.demo && ctx.config.mode === 'production') {
    return fail(
      'compte_demo_refuse',
      'Les comptes de démonstration ne peuvent pas se connecter à cette plateforme de production.',
      403,
    );
  }
  return null;
}

/**
 * Opens a new session for a person whose first factor is verified: new random id, last login date,
 * audit event, failure counter cleared — in one transaction.
 */
export async function openSession(
  ctx: UseCaseContext,
  user: UtilisateurRow,
  options: Navigateur & { methode: 'mot_de_passe' | 'proconnect' },
): Promise<Result<SessionOuverte>> {
  const { now } = ctx;
  const adhesionId = await firstMembershipId(ctx.db, user.id);
  const actor = await actorFor(ctx.db, user, adhesionId);
  const totpEnabled = user.totpActiveLe !== null;
  const roleNeedsTotp = actor.memberships.some((m) => m.id === adhesionId && ROLES_WITH_TOTP.has(m.role));
  const secondFactor: SecondFactor = totpEnabled ? 'code' : roleNeedsTotp ? 'enrolement' : 'aucun';
  const opened = await inTransaction(ctx, async (tx) => {
    const token = await createSession(tx.db, {
      userId: user.id,
      adhesionId,
      ip: ctx.ip ?? undefined,
      userAgent: options.userAgent,
      now,
    });
    await tx.db.update(utilisateurs).set({ derniereConnexionLe: now }).where(eq(utilisateurs.id, user.id));
    await recordAudit(tx.db, {
      actor,
      action: 'connexion.reussie',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
      details: { methode: options.methode, second_facteur: secondFactor },
    });
    return ok({ token, userId: user.id, secondFactor });
  });
  await clearFailures(ctx.db, cleCompte(user.email));
  return opened;
}
