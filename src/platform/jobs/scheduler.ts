import { Cron } from 'croner';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../http/deps.ts';
import type { Job } from './job.ts';

/** Runs `fn` only if no other process holds the job's advisory lock (PostgreSQL); PGlite is single-process. */
export async function runExclusive(
  deps: AppDeps,
  name: string,
  fn: () => Promise<unknown>,
): Promise<boolean> {
  if (deps.engine === 'pglite') {
    await fn();
    return true;
  }
  return deps.db.transaction(async (tx) => {
    const result = await tx.execute(
      sql`select pg_try_advisory_xact_lock(hashtext(${`maillage:${name}`})) as ok`,
    );
    const row = (result as unknown as { rows: { ok: boolean }[] }).rows[0];
    if (!row?.ok) return false;
    await fn();
    return true;
  });
}

export function startJobs(deps: AppDeps, jobs: readonly Job[], log: (m: string) => void): () => void {
  const crons = jobs.map(
    (job) =>
      new Cron(job.schedule, { timezone: 'Europe/Paris', protect: true }, async () => {
        try {
          const ran = await runExclusive(deps, job.name, () => job.run(deps));
          if (ran) log(`tâche ${job.name} exécutée`);
        } catch (error) {
          log(`tâche ${job.name} en échec : ${(error as Error).message}`);
        }
      }),
  );
  return () => {
    for (const c of crons) c.stop();
  };
}
