import os from 'node:os';
import { Cron } from 'croner';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { tachesPlanifiees } from '../../db/schema/index.ts';
import type { AppDeps } from '../http/deps.ts';
import type { Job } from './job.ts';

const PROCESSUS = `${os.hostname()}:${process.pid}`;

export interface OptionsExclusif {
  /**
   * The cron occurrence this run is for. Given, the job runs only if no process has run it for this
   * occurrence or a later one: a short job is not run again by a process whose timer fired a little later.
   */
  echeance?: Date;
}

/** Moves the job's last due time forward to `echeance`; false if a process already ran it for that time. */
async function reserverEcheance(db: Db, nom: string, echeance: Date, maintenant: Date): Promise<boolean> {
  const valeurs = { derniereEcheance: echeance, executeeLe: maintenant, processus: PROCESSUS };
  const lignes = await db
    .insert(tachesPlanifiees)
    .values({ nom, ...valeurs })
    .onConflictDoUpdate({
      target: tachesPlanifiees.nom,
      set: valeurs,
      setWhere: sql`${tachesPlanifiees.derniereEcheance} < excluded.derniere_echeance`,
    })
    .returning({ nom: tachesPlanifiees.nom });
  return lignes.length > 0;
}

/**
 * Runs `fn` unless another process is running the job (advisory lock, PostgreSQL) or has already run it
 * for `options.echeance`. The due time is recorded in the lock's transaction: if `fn` fails, it is rolled
 * back and a process that comes later for the same time may try again. PGlite has a single process.
 */
export async function runExclusive(
  deps: AppDeps,
  name: string,
  fn: () => Promise<unknown>,
  options: OptionsExclusif = {},
): Promise<boolean> {
  const { echeance } = options;
  if (deps.engine === 'pglite') {
    // One connection: `fn` cannot run while a transaction holds it.
    if (echeance && !(await reserverEcheance(deps.db, name, echeance, deps.now()))) return false;
    await fn();
    return true;
  }
  return deps.db.transaction(async (tx) => {
    const result = await tx.execute(
      sql`select pg_try_advisory_xact_lock(hashtext(${`maillage:${name}`})) as ok`,
    );
    const row = (result as unknown as { rows: { ok: boolean }[] }).rows[0];
    if (!row?.ok) return false;
    if (echeance && !(await reserverEcheance(tx, name, echeance, deps.now()))) return false;
    await fn();
    return true;
  });
}

/**
 * The occurrence a cron callback fires for: the latest one at or before now. The same in every process,
 * even when one's timer fires late (a busy event loop) or its clock is a little ahead.
 */
export function echeanceCourante(cron: Cron, maintenant = new Date()): Date {
  // previousRuns leaves out a run at exactly the reference time.
  return cron.previousRuns(1, new Date(maintenant.getTime() + 1))[0] ?? maintenant;
}

export function startJobs(deps: AppDeps, jobs: readonly Job[], log: (m: string) => void): () => void {
  const crons = jobs.map(
    (job) =>
      new Cron(job.schedule, { timezone: 'Europe/Paris', protect: true }, async (self: Cron) => {
        const echeance = echeanceCourante(self);
        try {
          const ran = await runExclusive(deps, job.name, () => job.run(deps), { echeance });
          if (ran) log(`tâche ${job.name} exécutée (échéance ${echeance.toISOString()})`);
        } catch (error) {
          log(`tâche ${job.name} en échec : ${(error as Error).message}`);
        }
      }),
  );
  return () => {
    for (const c of crons) c.stop();
  };
}
