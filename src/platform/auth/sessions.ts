import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adhesions, departements, sessions, structures, utilisateurs } from '../../db/schema/index.ts';
import type { Membership, UserActor } from './actor.ts';
import { isRole } from './roles.ts';
import { hashToken, randomToken } from './tokens.ts';

export const SESSION_COOKIE = 'maillage_session';
/** A session unused for this long ends. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** A session ends this long after login, whatever happens. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Last-seen is written at most this often, to keep reads cheap. */
const TOUCH_EVERY_MS = 60 * 1000;

export async function createSession(
  db: Db,
  input: {
    userId: string;
    adhesionId: string | null;
    ip?: string;
    userAgent?: string;
    now: Date;
    totpVerified?: boolean;
  },
): Promise<string> {
  const token = randomToken();
  await db.insert(sessions).values({
    idHash: hashToken(token),
    utilisateurId: input.userId,
    adhesionId: input.adhesionId,
    creeLe: input.now,
    vuLe: input.now,
    expireLe: new Date(input.now.getTime() + SESSION_ABSOLUTE_MS),
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    totpVerifieLe: input.totpVerified ? input.now : null,
  });
  return token;
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

export async function destroyUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.utilisateurId, userId));
}

/** Ends every session of the user except the one in use (after a password change). */
export async function destroyOtherUserSessions(db: Db, userId: string, keepIdHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.utilisateurId, userId), ne(sessions.idHash, keepIdHash)));
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(or(lt(sessions.expireLe, now), lt(sessions.vuLe, new Date(now.getTime() - SESSION_IDLE_MS))))
    .returning({ id: sessions.idHash });
  return deleted.length;
}

export async function loadMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({
      id: adhesions.id,
      role: adhesions.role,
      departementCode: adhesions.departementCode,
      departementNom: departements.nom,
      structureId: adhesions.structureId,
      structureNom: structures.nom,
      structureDepartementCode: structures.departementCode,
      referent: adhesions.referent,
    })
    .from(adhesions)
    .leftJoin(departements, eq(departements.code, adhesions.departementCode))
    .leftJoin(structures, eq(structures.id, adhesions.structureId))
    .where(eq(adhesions.utilisateurId, userId))
    .orderBy(adhesions.creeLe);
  const out: Membership[] = [];
  for (const r of rows) {
    if (!isRole(r.role)) continue;
    out.push({ ...r, role: r.role });
  }
  return out;
}

/** The signed-in person behind a session cookie, or null when absent, expired or deactivated. */
export async function loadSessionActor(db: Db, token: string, now: Date): Promise<UserActor | null> {
  const idHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: utilisateurs })
    .from(sessions)
    .innerJoin(utilisateurs, eq(utilisateurs.id, sessions.utilisateurId))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  if (!row) return null;
  const { session, user } = row;
  const idleLimit = new Date(now.getTime() - SESSION_IDLE_MS);
  if (!user.actif || session.expireLe <= now || session.vuLe <= idleLimit) {
    await db.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  if (now.getTime() - session.vuLe.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ vuLe: now }).where(eq(sessions.idHash, idHash));
  }
  const memberships = await loadMemberships(db, user.id);
  const active = memberships.find((m) => m.id === session.adhesionId) ?? memberships[0] ?? null;
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    prenom: user.prenom,
    nom: user.nom,
    memberships,
    active,
    sessionIdHash: idHash,
    totpEnabled: user.totpActiveLe !== null,
    totpVerified: session.totpVerifieLe !== null,
  };
}

export async function setSessionMembership(db: Db, sessionIdHash: string, adhesionId: string): Promise<void> {
  await db.update(sessions).set({ adhesionId }).where(eq(sessions.idHash, sessionIdHash));
}

export async function markSessionTotpVerified(db: Db, sessionIdHash: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ totpVerifieLe: now })
    .where(and(eq(sessions.idHash, sessionIdHash)));
}

/** The second factor must be given again in this session (e.g. after it was turned off). */
export async function clearSessionTotp(db: Db, sessionIdHash: string): Promise<void> {
  await db.update(sessions).set({ totpVerifieLe: null }).where(eq(sessions.idHash, sessionIdHash));
}
