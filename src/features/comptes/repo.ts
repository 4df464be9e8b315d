import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adhesions, utilisateurs } from '../../db/schema/index.ts';

export type UtilisateurRow = typeof utilisateurs.$inferSelect;

/** E-mail addresses are compared without regard to case (unique index on lower(email)). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Db, email: string): Promise<UtilisateurRow | null> {
  const [row] = await db
    .select()
    .from(utilisateurs)
    .where(eq(sql`lower(${utilisateurs.email})`, normaliseEmail(email)))
    .limit(1);
  return row ?? null;
}

export async function findUserById(db: Db, id: string): Promise<UtilisateurRow | null> {
  const [row] = await db.select().from(utilisateurs).where(eq(utilisateurs.id, id)).limit(1);
  return row ?? null;
}

export async function findUserByProConnectSub(db: Db, sub: string): Promise<UtilisateurRow | null> {
  const [row] = await db.select().from(utilisateurs).where(eq(utilisateurs.proconnectSub, sub)).limit(1);
  return row ?? null;
}

/** Another account already uses this address (case-insensitive)? */
export async function emailTakenByOther(db: Db, email: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: utilisateurs.id })
    .from(utilisateurs)
    .where(and(eq(sql`lower(${utilisateurs.email})`, normaliseEmail(email)), ne(utilisateurs.id, userId)))
    .limit(1);
  return Boolean(row);
}

/**
 * The membership a new session starts with: the oldest one, except that a candidate's role comes last —
 * it is the door into the programme, and a recruited candidate works in her newer conseiller role.
 */
export async function firstMembershipId(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: adhesions.id, role: adhesions.role })
    .from(adhesions)
    .where(eq(adhesions.utilisateurId, userId))
    .orderBy(sql`${adhesions.role} = 'candidat'`, adhesions.creeLe, adhesions.id)
    .limit(1);
  return row?.id ?? null;
}

/**
 * Records an accepted TOTP step only if it is newer than the last one: atomic, so two processes cannot
 * both accept the same code. False when the step was already used.
 */
export async function consumeTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .update(utilisateurs)
    .set({ totpDernierPas: step })
    .where(
      and(
        eq(utilisateurs.id, userId),
        sql`(${utilisateurs.totpDernierPas} is null or ${utilisateurs.totpDernierPas} < ${step})`,
      ),
    )
    .returning({ id: utilisateurs.id });
  return rows.length === 1;
}

export async function setPendingTotpSecret(db: Db, userId: string, secret: string, now: Date) {
  await db
    .update(utilisateurs)
    .set({ totpSecret: secret, modifieLe: now })
    .where(and(eq(utilisateurs.id, userId), isNull(utilisateurs.totpActiveLe)));
}

/** First and last names of some accounts, by id (unknown ids are left out), for lists that name a person. */
export async function nomsUtilisateurs(
  db: Db,
  ids: readonly (string | null)[],
): Promise<Map<string, { prenom: string; nom: string }>> {
  const voulus = [...new Set(ids.filter((id): id is string => id !== null))];
  if (voulus.length === 0) return new Map();
  const rows = await db
    .select({ id: utilisateurs.id, prenom: utilisateurs.prenom, nom: utilisateurs.nom })
    .from(utilisateurs)
    .where(inArray(utilisateurs.id, voulus));
  return new Map(rows.map((r) => [r.id, { prenom: r.prenom, nom: r.nom }]));
}

/**
 * Which of these addresses belong to demo accounts (personas and generated demo data): the only mail
 * the demo's outbox page may show (an account a real visitor created on a demo deployment is not one).
 */
export async function emailsDeDemonstration(db: Db, emails: readonly string[]): Promise<Set<string>> {
  const voulus = [...new Set(emails.map((e) => e.toLowerCase()))];
  if (voulus.length === 0) return new Set();
  const rows = await db
    .select({ email: utilisateurs.email })
    .from(utilisateurs)
    .where(and(eq(utilisateurs.demo, true), inArray(sql`lower(${utilisateurs.email})`, voulus)));
  return new Set(rows.map((r) => r.email.toLowerCase()));
}

/**
 * The active accounts holding a role (within one département when given), for another feature's
 * notifications: ANCT's agents, a département's préfecture. At most 50 addresses.
 */
export async function emailsDuRole(
  db: Db,
  role: string,
  options: { departementCode?: string | undefined } = {},
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: utilisateurs.email })
    .from(adhesions)
    .innerJoin(utilisateurs, eq(utilisateurs.id, adhesions.utilisateurId))
    .where(
      and(
        eq(adhesions.role, role),
        eq(utilisateurs.actif, true),
        options.departementCode ? eq(adhesions.departementCode, options.departementCode) : undefined,
      ),
    )
    .orderBy(utilisateurs.email)
    .limit(50);
  return rows.map((r) => r.email);
}
