import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** One type over both engines; a transaction is also a Db. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export const pgliteExtensions = { pg_trgm, unaccent, cube, earthdistance };

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Who holds the embedded database (shown to another process that tries to open it). */
  role: string;
  /** A PGlite data dir dump to start from (tests' golden snapshot); no lock is taken. */
  loadDataDir?: Blob;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, engine: 'postgres', close: () => pool.end() };
  }
  if (options.loadDataDir) {
    const client = await PGlite.create({ loadDataDir: options.loadDataDir, extensions: pgliteExtensions });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return { db, engine: 'pglite', close: () => client.close() };
  }
  const release = acquireDataDirLock(options.dataDir, options.role);
  try {
    const dir = path.join(options.dataDir, 'pgdata');
    if (!existsSync(path.join(dir, 'PG_VERSION'))) await createEmbeddedCluster(options.dataDir, dir);
    const client = await PGlite.create(dir, { extensions: pgliteExtensions });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    let closed = false;
    return {
      db,
      engine: 'pglite',
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Creates the embedded cluster atomically. PGlite writes initdb's files straight into its directory and
 * later trusts any directory holding PG_VERSION: a kill -9 during that copy left a half-written pgdata
 * that refused to start forever. So the cluster is built beside it and renamed into place once complete.
 * Called with the DATA_DIR lock held, so leftovers of an interrupted creation can be cleared.
 */
async function createEmbeddedCluster(dataDir: string, dir: string): Promise<void> {
  if (remettreBaseAvantRestauration(dataDir, dir)) return;
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith('pgdata.creation-'))
      rmSync(path.join(dataDir, name), { recursive: true, force: true });
  }
  if (existsSync(dir)) {
    // No PG_VERSION: not a usable cluster. Kept aside rather than deleted, in case someone wants to look.
    if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
    else renameSync(dir, path.join(dataDir, `pgdata.incomplet-${Date.now()}`));
  }
  const tmp = path.join(dataDir, `pgdata.creation-${process.pid}`);
  const client = await PGlite.create(tmp, { extensions: pgliteExtensions });
  await client.close();
  renameSync(tmp, dir);
}

/** `maillage db restaurer` moves the current cluster aside under this prefix, then swaps the restored one in. */
export const PREFIXE_AVANT_RESTAURATION = 'pgdata.avant-restauration-';

/**
 * A restore interrupted between its two renames leaves no pgdata but the previous cluster, complete,
 * beside it: it is put back rather than a new empty cluster created (which would look like data loss).
 */
function remettreBaseAvantRestauration(dataDir: string, dir: string): boolean {
  if (existsSync(dir)) return false;
  const avant = readdirSync(dataDir)
    .filter((name) => name.startsWith(PREFIXE_AVANT_RESTAURATION))
    .sort()
    .pop();
  if (!avant || !existsSync(path.join(dataDir, avant, 'PG_VERSION'))) return false;
  renameSync(path.join(dataDir, avant), dir);
  return true;
}

/**
 * Runs `fn` while holding a PostgreSQL session advisory lock, so that several processes starting together
 * run it one after the other (the lock is released if the process dies); it keeps one pooled connection,
 * so the pool needs two at least. PGlite is single-process already.
 */
export async function withAdvisoryLock<T>(database: Database, key: string, fn: () => Promise<T>): Promise<T> {
  if (database.engine !== 'postgres') return fn();
  const pool = (database.db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [key]);
    try {
      return await fn();
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    client.release();
  }
}

/** An in-memory PGlite, for tests and tools. */
export async function openMemoryDatabase(): Promise<Database & { client: PGlite }> {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, client, engine: 'pglite', close: () => client.close() };
}

export function embeddedDatabaseExists(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'pgdata', 'PG_VERSION'));
}
