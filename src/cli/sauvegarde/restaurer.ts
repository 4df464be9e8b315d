import { statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from '../../config/env.ts';
import { openDatabase, withAdvisoryLock } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { ligne } from '../../db/sql.ts';
import { CliError } from '../../platform/cli.ts';
import { restaurerEmbarquee } from './base-embarquee.ts';
import { nombreTablesPostgres, restaurerPostgres, verifierArchive } from './base-postgres.ts';
import { detecterFormat, type FormatSauvegarde, NOM_MOTEUR } from './format-sauvegarde.ts';

export interface BilanRestauration {
  fichier: string;
  moteur: FormatSauvegarde;
  octets: number;
  ms: number;
  /** Migrations of this version of Maillage the backup lacked, applied after the restore. */
  migrations: number;
}

function refusMauvaisMoteur(fichier: string, format: FormatSauvegarde): CliError {
  if (format === 'pglite') {
    return new CliError(
      `${fichier} est une sauvegarde de la ${NOM_MOTEUR.pglite}, or DATABASE_URL désigne une base ` +
        'PostgreSQL. Restaurez-la sans DATABASE_URL (dans le DATA_DIR de la base embarquée), ou utilisez une ' +
        'sauvegarde PostgreSQL (faite par « maillage db sauvegarder » avec DATABASE_URL).',
    );
  }
  return new CliError(
    `${fichier} est une sauvegarde PostgreSQL (pg_dump), or DATABASE_URL est absente : la commande ` +
      'restaurerait la base embarquée de DATA_DIR. Indiquez dans DATABASE_URL la base PostgreSQL à restaurer.',
  );
}

/**
 * `maillage db restaurer FICHIER`: refuses a missing file, a file of the other engine or not from
 * Maillage, and a database that is not empty unless `remplacer`; then restores and applies the
 * migrations the backup lacks.
 */
export async function restaurer(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'pgBin'>,
  fichier: string,
  options: { remplacer?: boolean } = {},
): Promise<BilanRestauration> {
  const source = path.resolve(fichier);
  const remplacer = options.remplacer ?? false;
  const debut = performance.now();
  const format = detecterFormat(source);
  const moteur: FormatSauvegarde = config.databaseUrl ? 'postgres' : 'pglite';
  if (format !== moteur) throw refusMauvaisMoteur(source, format);
  let migrations: number;
  if (config.databaseUrl) {
    await verifierArchive(source, config.pgBin);
    const tables = await nombreTablesPostgres(config.databaseUrl);
    if (tables > 0 && !remplacer) {
      throw new CliError(
        `La base PostgreSQL n’est pas vide (${tables} tables) : la restauration la remplacerait. Ajoutez ` +
          '--remplacer pour effacer son contenu (schémas public et drizzle) et le remplacer par la sauvegarde.',
      );
    }
    await restaurerPostgres(config.databaseUrl, config.pgBin, source, remplacer && tables > 0);
    migrations = await appliquerMigrationsPostgres(config.databaseUrl);
  } else {
    ({ migrations } = await restaurerEmbarquee(config.dataDir, source, remplacer));
  }
  return {
    fichier: source,
    moteur,
    octets: statSync(source).size,
    ms: performance.now() - debut,
    migrations,
  };
}

const compte = z.object({ n: z.coerce.number() });

async function appliquerMigrationsPostgres(databaseUrl: string): Promise<number> {
  const database = await openDatabase({
    databaseUrl,
    dataDir: '',
    role: 'maillage db restaurer',
    poolSize: 2,
  });
  try {
    const requete = sql`select count(*) as n from drizzle.__drizzle_migrations`;
    const avant = (await ligne(database.db, requete, compte))?.n ?? 0;
    // Same lock as a server's startup: one starting meanwhile does not migrate at the same time.
    await withAdvisoryLock(database, 'maillage:demarrage', () => migrateDatabase(database));
    return ((await ligne(database.db, requete, compte))?.n ?? 0) - avant;
  } finally {
    await database.close();
  }
}
