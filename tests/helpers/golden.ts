import { existsSync, mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase, openMemoryDatabase } from '../../src/db/client.ts';
import { registre } from '../../src/features/index.ts';
import { runStartup } from '../../src/platform/startup.ts';
import { goldenHash, prunerGolden, ROOT } from './golden-empreinte.ts';

export const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/maillage');
export const GOLDEN_PG_DATABASE = 'maillage_golden';
/** Set by the global setup for the test workers: the snapshot of this run, even if a file changes meanwhile. */
export const VARIABLE_GOLDEN = 'MAILLAGE_GOLDEN_PGLITE';

export function goldenPglitePath(): string {
  return path.join(CACHE_DIR, `golden-${goldenHash()}.tar.gz`);
}

function testConfig() {
  return loadConfig({
    MODE: 'demo',
    DATA_DIR: path.join(CACHE_DIR, 'config'),
    LOG_LEVEL: 'silent',
    JOBS: 'off',
  });
}

/** The test database every integration test starts from: migrated, with reference geography and personas. */
export async function buildGoldenPglite(): Promise<string> {
  const file = goldenPglitePath();
  if (existsSync(file)) {
    // Marks it as used, so that pruning (by age) keeps it.
    const now = new Date();
    utimesSync(file, now, now);
    prunerGolden(CACHE_DIR, file);
    return file;
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const database = await openMemoryDatabase();
  await runStartup({
    config: testConfig(),
    database,
    now: new Date(),
    log: () => {},
    golden: true,
    registry: registre(),
  });
  const dump = await database.client.dumpDataDir('gzip');
  await database.close();
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, file);
  prunerGolden(CACHE_DIR, file);
  return file;
}

export async function buildGoldenPostgres(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${GOLDEN_PG_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${GOLDEN_PG_DATABASE}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${GOLDEN_PG_DATABASE}`;
  const database = await openDatabase({
    databaseUrl: url.toString(),
    dataDir: '',
    role: 'tests',
    poolSize: 2,
  });
  await runStartup({
    config: testConfig(),
    database,
    now: new Date(),
    log: () => {},
    golden: true,
    registry: registre(),
  });
  await database.close();
}
