import type { Db } from '../db/client.ts';
import type { Actor, UserActor } from './auth/actor.ts';
import type { AppDeps } from './http/deps.ts';
import type { DomainError, Result } from './result.ts';

/**
 * What every use case is given, whoever calls it (a route, a job, the CLI, another feature's use case).
 * `db` may already be a transaction: a use case run by another one joins its transaction, so an
 * account, a mandate and a journal entry can be written all or nothing.
 */
export interface UseCaseContext {
  db: Db;
  /** The instant the use case runs at (one reading of the clock per call). */
  now: Date;
  /** Who acts; null for the system (jobs, startup) and the command line. */
  actor: Actor | null;
  /** The client address, for the audit journal; null outside HTTP. */
  ip: string | null;
  config: AppDeps['config'];
  mailer: AppDeps['mailer'];
  engine: AppDeps['engine'];
  /** Where an unexpected but non-fatal error goes (a mail that could not leave…). */
  log: (erreur: unknown) => void;
}

/** The context of a use case only a signed-in person may run (the route's guard checked it). */
export type ContexteUtilisateur = UseCaseContext & { actor: UserActor };

/** A context for work the system does itself (jobs, CLI, startup): no actor, no address. */
export function systemContext(deps: AppDeps, overrides: Partial<UseCaseContext> = {}): UseCaseContext {
  return {
    db: deps.db,
    now: deps.now(),
    actor: null,
    ip: null,
    config: deps.config,
    mailer: deps.mailer,
    engine: deps.engine,
    log: (erreur) => console.error(erreur),
    ...overrides,
  };
}

class Abandon extends Error {
  constructor(readonly result: { ok: false; error: DomainError }) {
    super(result.error.code);
  }
}

/**
 * Runs `fn` atomically: in a new transaction, or inside the caller's one when `ctx.db` already is a
 * transaction (as a savepoint, so that this use case's failure undoes only its own writes and the caller
 * decides). A failed Result rolls back and is returned as is, so a use case may check rules after its
 * first writes without leaving half of them; an exception rolls back and propagates.
 */
export async function inTransaction<T>(
  ctx: UseCaseContext,
  fn: (tx: UseCaseContext) => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const r = await fn({ ...ctx, db: tx as unknown as Db });
      if (!r.ok) throw new Abandon(r);
      return r;
    });
  } catch (error) {
    if (error instanceof Abandon) return error.result;
    throw error;
  }
}
