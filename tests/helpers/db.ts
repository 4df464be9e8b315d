import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { buildGoldenPglite, GOLDEN_PG_DATABASE, VARIABLE_GOLDEN } from './golden.ts';

/**
 * A fresh copy of the golden database for one test file: PGlite from the snapshot by default,
 * a database cloned from the golden template when TEST_DATABASE_URL is set (npm run test:pg).
 */
export async function createTestDatabase(): Promise<Database> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    // Outside vitest (tests/outils, benches) the snapshot is built here when the code has changed.
    const file = process.env[VARIABLE_GOLDEN] ?? (await buildGoldenPglite());
    const blob = new Blob([readFileSync(file)]);
    return openDatabase({ dataDir: '', role: 'tests', loadDataDir: blob });
  }
  const name = `maillage_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${GOLDEN_PG_DATABASE}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    databaseUrl: url.toString(),
    dataDir: '',
    role: 'tests',
    poolSize: 5,
  });
  return {
    ...database,
    close: async () => {
      // A test file's teardown must never hang the suite: seen in the CI on PostgreSQL (afterAll stuck
      // 120 s, not reproduced alone). Each step is bounded; the throwaway cluster is removed at the end
      // of the run anyway, so a database left behind costs nothing.
      if (!(await avantDelai(database.close(), 15_000)))
        console.warn(`[tests] la base ${name} ne se ferme pas en 15 s : connexions coupées`);
      const drop = new pg.Client({
        connectionString: adminUrl,
        connectionTimeoutMillis: 10_000,
        query_timeout: 30_000,
      });
      const supprimee = await avantDelai(
        (async () => {
          await drop.connect();
          await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        })(),
        40_000,
      );
      if (!supprimee)
        console.warn(`[tests] la base ${name} n’a pas pu être supprimée : laissée au cluster jetable`);
      await avantDelai(drop.end(), 5_000);
    },
  };
}

/** True when `p` succeeds within `ms`; false when it fails or takes longer (the work goes on unobserved). */
export async function avantDelai(p: Promise<unknown>, ms: number): Promise<boolean> {
  let minuteur: NodeJS.Timeout | undefined;
  const delai = new Promise<false>((r) => {
    minuteur = setTimeout(() => r(false), ms);
    minuteur.unref();
  });
  try {
    return await Promise.race([
      p.then(
        () => true,
        () => false,
      ),
      delai,
    ]);
  } finally {
    clearTimeout(minuteur);
  }
}
