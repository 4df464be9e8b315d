import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config/env.ts';
import { openDatabase, openMemoryDatabase } from '../../src/db/client.ts';
import { registre } from '../../src/features/index.ts';
import { runStartup } from '../../src/platform/startup.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/maillage');
export const GOLDEN_PG_DATABASE = 'maillage_golden';

/** Files whose change must rebuild the golden database: schema, migrations, reference data, seeds. */
function goldenInputs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (
        full.includes(`${path.sep}db${path.sep}`) ||
        /(seed|startup|referentiel|personas|chargement)/.test(name)
      )
        out.push(full);
    }
  };
  walk(path.join(ROOT, 'src'));
  return out.sort();
}

export function goldenHash(): string {
  const h = createHash('sha256');
  for (const f of goldenInputs()) h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

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
  if (existsSync(file)) return file;
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
