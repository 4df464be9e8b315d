import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { tentativesConnexion } from '../../../db/schema/index.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import {
  afterFailure,
  type LimitationRule,
  lockedUntil,
  REGLE_CONNEXION,
  REGLE_REINITIALISATION,
  REGLE_TOTP,
  type TentativesState,
} from '../domain/limitation.ts';
import { normaliseEmail } from '../repo.ts';

/**
 * Failure counters stored in the database so that every process shares them.
 * Keys: "compte:<e-mail>" (login, whether the account exists or not), "totp:<user id>", "reinit:<e-mail>".
 */
export const cleCompte = (email: string) => `compte:${normaliseEmail(email)}`;
export const cleTotp = (userId: string) => `totp:${userId}`;
export const cleReinitialisation = (email: string) => `reinit:${normaliseEmail(email)}`;

async function read(db: Db, cle: string): Promise<TentativesState | null> {
  const [row] = await db.select().from(tentativesConnexion).where(eq(tentativesConnexion.cle, cle)).limit(1);
  return row ?? null;
}

/** Until when the key is locked, or null. */
export async function keyLockedUntil(db: Db, cle: string, now: Date): Promise<Date | null> {
  return lockedUntil(await read(db, cle), now);
}

/** Counts one failure (row locked for the update, so concurrent processes add up); returns the new lock, if any. */
export async function recordFailure(
  db: Db,
  cle: string,
  now: Date,
  rule: LimitationRule,
): Promise<Date | null> {
  return db.transaction(async (tx) => {
    await tx
      .insert(tentativesConnexion)
      .values({ cle, echecs: 0, debutFenetre: now })
      .onConflictDoNothing({ target: tentativesConnexion.cle });
    const [row] = await tx
      .select()
      .from(tentativesConnexion)
      .where(eq(tentativesConnexion.cle, cle))
      .for('update')
      .limit(1);
    const next = afterFailure(row ?? null, now, rule);
    await tx.update(tentativesConnexion).set(next).where(eq(tentativesConnexion.cle, cle));
    return lockedUntil(next, now);
  });
}

export async function clearFailures(db: Db, cle: string): Promise<void> {
  await db.delete(tentativesConnexion).where(eq(tentativesConnexion.cle, cle));
}

/** Removes counters whose window and lock are both over (they would restart from zero anyway). */
export async function purgeStaleAttempts(ctx: UseCaseContext): Promise<number> {
  const { now } = ctx;
  const longest = Math.max(REGLE_CONNEXION.windowMs, REGLE_TOTP.windowMs, REGLE_REINITIALISATION.windowMs);
  const deleted = await ctx.db
    .delete(tentativesConnexion)
    .where(
      and(
        lt(tentativesConnexion.debutFenetre, new Date(now.getTime() - longest)),
        or(isNull(tentativesConnexion.bloqueJusquA), lt(tentativesConnexion.bloqueJusquA, now)),
      ),
    )
    .returning({ cle: tentativesConnexion.cle });
  return deleted.length;
}
