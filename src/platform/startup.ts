import type { Config } from '../config/env.ts';
import { type Database, withAdvisoryLock } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import type { Registry } from './module/registry.ts';

export interface StartupContext {
  config: Config;
  database: Database;
  now: Date;
  log: (message: string) => void;
  /** The modules' registry: its startup tasks are what runs. */
  registry: Registry;
  /** Building the tests' golden database: tasks marked `golden: false` (bulky demo data) are skipped. */
  golden?: boolean;
  /** Reference data only: tasks marked `demo: true` are skipped (the CLI, except `db seed`). */
  sansDemo?: boolean;
}

/**
 * What runs before the server answers, declared by each feature's module and run in module order;
 * each task is idempotent so every start runs them all.
 */
export interface StartupTask {
  name: string;
  golden?: boolean;
  /** Demo data (run only in MODE=demo, by the server and `maillage db seed`). */
  demo?: boolean;
  run: (ctx: StartupContext) => Promise<void>;
}

const MIGRATIONS: StartupTask = { name: 'migrations', run: ({ database }) => migrateDatabase(database) };

/**
 * Migrations, then the modules' tasks in order. Several processes starting together on one PostgreSQL
 * run them one after the other.
 */
export async function runStartup(ctx: StartupContext): Promise<void> {
  await withAdvisoryLock(ctx.database, 'maillage:demarrage', async () => {
    for (const task of [MIGRATIONS, ...ctx.registry.startup]) {
      if (ctx.golden && task.golden === false) continue;
      if (ctx.sansDemo && task.demo) continue;
      const t = performance.now();
      await task.run(ctx);
      ctx.log(`${task.name} : ${Math.round(performance.now() - t)} ms`);
    }
  });
}
