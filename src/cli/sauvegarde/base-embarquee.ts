import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import {
  type Db,
  embeddedDatabaseExists,
  PREFIXE_AVANT_RESTAURATION,
  pgliteExtensions,
} from '../../db/client.ts';
import { acquireDataDirLock } from '../../db/lock.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import * as schema from '../../db/schema/index.ts';
import { CliError } from '../../platform/cli.ts';
import { REQUETE_NOMBRE_TABLES } from './base-postgres.ts';

const PREFIXE_RESTAURATION = 'pgdata.restauration-';
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

function messageDe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Dumps DATA_DIR/pgdata as PGlite's own tar gzip (the format `loadDataDir` reads back), with the DATA_DIR
 * lock held: no server can write meanwhile, and a checkpoint first leaves the data files complete.
 */
export async function sauvegarderEmbarquee(dataDir: string, fichier: string): Promise<void> {
  if (!embeddedDatabaseExists(dataDir)) {
    throw new CliError(
      `Aucune base embarquée dans ${path.join(dataDir, 'pgdata')} : rien à sauvegarder. Vérifiez DATA_DIR ` +
        '(ou DATABASE_URL, pour sauvegarder une base PostgreSQL).',
    );
  }
  const liberer = acquireDataDirLock(dataDir, 'maillage db sauvegarder');
  try {
    const client = await PGlite.create(path.join(dataDir, 'pgdata'), { extensions: pgliteExtensions });
    try {
      await client.exec('CHECKPOINT');
      // PGlite's own tar, compressed here by Node's zlib (off the main thread, faster than 'gzip' there).
      const tar = await client.dumpDataDir('none');
      writeFileSync(fichier, await gzipAsync(Buffer.from(await tar.arrayBuffer())));
    } finally {
      await client.close();
    }
  } finally {
    liberer();
  }
}

async function nombreMigrations(client: PGlite): Promise<number> {
  const res = await client.query<{ n: number }>(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  return res.rows[0]?.n ?? 0;
}

/** Tables of the current embedded database (0: none, or no database at all). */
async function nombreTablesActuelles(dossier: string): Promise<number> {
  if (!existsSync(path.join(dossier, 'PG_VERSION'))) return 0;
  let client: PGlite;
  try {
    client = await PGlite.create(dossier, { extensions: pgliteExtensions });
  } catch (error) {
    throw new CliError(
      `La base embarquée actuelle (${dossier}) ne s’ouvre pas (${messageDe(error)}) : ajoutez --remplacer ` +
        'pour la remplacer par la sauvegarde.',
    );
  }
  try {
    return (await client.query<{ n: number }>(REQUETE_NOMBRE_TABLES)).rows[0]?.n ?? 0;
  } finally {
    await client.close();
  }
}

/**
 * Unpacks the backup into a new cluster beside pgdata, opens it, checks it is a Maillage database and
 * applies the missing migrations there; returns how many were applied.
 */
async function preparerBaseRestauree(dossier: string, fichier: string): Promise<number> {
  let tar: Buffer<ArrayBuffer>;
  try {
    tar = (await gunzipAsync(readFileSync(fichier))) as Buffer<ArrayBuffer>;
  } catch (error) {
    throw new CliError(
      `La sauvegarde ${fichier} est abîmée ou tronquée (${messageDe(error)}). La base actuelle est inchangée.`,
    );
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dossier, {
      extensions: pgliteExtensions,
      loadDataDir: new Blob([tar], { type: 'application/x-tar' }),
    });
  } catch (error) {
    throw new CliError(
      `La sauvegarde ${fichier} ne s’ouvre pas (${messageDe(error)}) : fichier abîmé ou tronqué, ou fait ` +
        'par une version de Maillage dont la base embarquée est incompatible. La base actuelle est inchangée.',
    );
  }
  try {
    const { rows } = await client.query<{ ok: boolean }>(
      "select to_regclass('drizzle.__drizzle_migrations') is not null as ok",
    );
    if (!rows[0]?.ok) {
      throw new CliError(
        `${fichier} est une archive de base PGlite, mais pas celle d’une base Maillage (elle ne contient pas ` +
          'la table des migrations drizzle.__drizzle_migrations). La base actuelle est inchangée.',
      );
    }
    const avant = await nombreMigrations(client);
    const db = drizzle(client, { schema }) as unknown as Db;
    await migrateDatabase({ db, engine: 'pglite', close: async () => {} });
    return (await nombreMigrations(client)) - avant;
  } finally {
    await client.close();
  }
}

function horodatage(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Replaces DATA_DIR/pgdata by the backup, the DATA_DIR lock held throughout: the restored cluster is
 * built and checked beside it, then swapped in by two renames; the previous one waits under a dated
 * name until the swap is done, then is deleted (put back by `openDatabase` if the swap was cut short).
 */
export async function restaurerEmbarquee(
  dataDir: string,
  fichier: string,
  remplacer: boolean,
): Promise<{ migrations: number }> {
  const liberer = acquireDataDirLock(dataDir, 'maillage db restaurer');
  try {
    const actuel = path.join(dataDir, 'pgdata');
    if (!remplacer) {
      const tables = await nombreTablesActuelles(actuel);
      if (tables > 0) {
        throw new CliError(
          `La base embarquée (${actuel}) n’est pas vide (${tables} tables) : la restauration la remplacerait. ` +
            'Ajoutez --remplacer pour l’effacer et la remplacer par la sauvegarde.',
        );
      }
    }
    for (const nom of readdirSync(dataDir)) {
      if (nom.startsWith(PREFIXE_RESTAURATION))
        rmSync(path.join(dataDir, nom), { recursive: true, force: true });
    }
    const restauree = path.join(dataDir, `${PREFIXE_RESTAURATION}${process.pid}`);
    let migrations: number;
    try {
      migrations = await preparerBaseRestauree(restauree, fichier);
    } catch (error) {
      rmSync(restauree, { recursive: true, force: true });
      throw error;
    }
    if (!existsSync(actuel)) {
      renameSync(restauree, actuel);
      return { migrations };
    }
    const ancienne = path.join(dataDir, `${PREFIXE_AVANT_RESTAURATION}${horodatage(new Date())}`);
    renameSync(actuel, ancienne);
    try {
      renameSync(restauree, actuel);
    } catch (error) {
      renameSync(ancienne, actuel);
      throw error;
    }
    rmSync(ancienne, { recursive: true, force: true });
    return { migrations };
  } finally {
    liberer();
  }
}
