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
      // pool.end() waits for every checked-out client: seen once in the CI (three files stuck 120 s in
      // afterAll, not reproduced since). After 15 s the drop below ends any connection left, and says so.
      const fermee = await Promise.race([
        database.close().then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), 15_000).unref()),
      ]);
      if (!fermee) console.warn(`[tests] la base ${name} ne se ferme pas en 15 s : connexions coupées`);
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
