import type { Config } from './config/env.ts';
import { type Database, withAdvisoryLock } from './db/client.ts';
import { migrateDatabase } from './db/migrate.ts';
import { seedPersonas } from './features/comptes/demo/seed-personas.ts';
import { seedLieuxDemo } from './features/lieux/demo/seed-lieux.ts';
import { chargerRecrutementDemo } from './features/recrutement/demo/charger-demo.ts';
import { initialiserProgramme } from './features/recrutement/seed-programme.ts';
import { chargerCentresDemo } from './features/territoires/centres/chargement-centres-demo.ts';
import { chargerReferentielGeographique } from './features/territoires/chargement-referentiel.ts';

export interface StartupContext {
  config: Config;
  database: Database;
  now: Date;
  log: (message: string) => void;
  /** Building the tests' golden database: tasks marked `golden: false` (bulky demo data) are skipped. */
  golden?: boolean;
  /** Reference data only: tasks marked `demo: true` are skipped (the CLI, except `db seed`). */
  sansDemo?: boolean;
}

/**
 * What runs before the server answers, in order; each task is idempotent so every start runs them all.
 * Features add theirs here (reference data, demo seed).
 */
export interface StartupTask {
  name: string;
  golden?: boolean;
  /** Demo data (run only in MODE=demo, by the server and `maillage db seed`). */
  demo?: boolean;
  run: (ctx: StartupContext) => Promise<void>;
}

export const STARTUP_TASKS: StartupTask[] = [
  { name: 'migrations', run: ({ database }) => migrateDatabase(database) },
  {
    name: 'géographie de référence',
    run: async ({ database }) => {
      await chargerReferentielGeographique(database.db);
    },
  },
  {
    // Small (about 190 communes) and in the golden database: other features' tests rely on them.
    name: 'centres des communes de démonstration',
    demo: true,
    run: async ({ config, database }) => {
      if (config.mode === 'demo') await chargerCentresDemo(database.db);
    },
  },
  {
    name: 'paramètres du programme conseillers numériques',
    run: ({ database }) => initialiserProgramme(database.db),
  },
  {
    name: 'personas de démonstration',
    demo: true,
    run: async ({ config, database }) => {
      if (config.mode === 'demo') await seedPersonas(database.db);
    },
  },
  {
    name: 'lieux de démonstration',
    demo: true,
    golden: false,
    run: async ({ config, database, now }) => {
      if (config.mode === 'demo') await seedLieuxDemo(database.db, now);
    },
  },
  {
    name: 'recrutement de démonstration',
    demo: true,
    golden: false,
    run: async (ctx) => {
      if (ctx.config.mode === 'demo') await chargerRecrutementDemo(ctx);
    },
  },
];

/** Several processes starting together on one PostgreSQL run the tasks one after the other. */
export async function runStartup(ctx: StartupContext): Promise<void> {
  await withAdvisoryLock(ctx.database, 'maillage:demarrage', async () => {
    for (const task of STARTUP_TASKS) {
      if (ctx.golden && task.golden === false) continue;
      if (ctx.sansDemo && task.demo) continue;
      const t = performance.now();
      await task.run(ctx);
      ctx.log(`${task.name} : ${Math.round(performance.now() - t)} ms`);
    }
  });
}
