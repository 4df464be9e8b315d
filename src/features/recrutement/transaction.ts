import type { Db } from '../../db/client.ts';
import type { DomainError, Result } from '../../platform/result.ts';

class Abandon extends Error {
  constructor(readonly result: { ok: false; error: DomainError }) {
    super(result.error.code);
  }
}

/**
 * Runs `fn` in a transaction; an expected failure (a failed Result) rolls everything back and is
 * returned as is, so a use case can check rules after its first writes without leaving half of them.
 */
export async function enTransaction<T>(db: Db, fn: (tx: Db) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db.transaction(async (tx) => {
      const r = await fn(tx);
      if (!r.ok) throw new Abandon(r);
      return r;
    });
  } catch (error) {
    if (error instanceof Abandon) return error.result;
    throw error;
  }
}
