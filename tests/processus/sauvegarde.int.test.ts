/**
 * `maillage db sauvegarder` and `db restaurer` with real processes, on the engine of the run: the embedded
 * database (npm run test:processus) or PostgreSQL (npm run test:pg -- tests/processus/sauvegarde.int.test.ts).
 * Each table's content is compared, as a digest, between the saved state and the restored one.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detecterFormat } from '../../src/cli/sauvegarde/format-sauvegarde.ts';
import { trouverOutil } from '../../src/cli/sauvegarde/outils-postgres.ts';
import { restaurer } from '../../src/cli/sauvegarde/restaurer.ts';
import { sauvegarder } from '../../src/cli/sauvegarde/sauvegarder.ts';
import { type Db, openDatabase, pgliteExtensions } from '../../src/db/client.ts';
import { lignes } from '../../src/db/sql.ts';
import { CliError } from '../../src/platform/cli.ts';
import { insererStructure } from '../factories/structure.ts';
import { buildGoldenPglite, GOLDEN_PG_DATABASE, VARIABLE_GOLDEN } from '../helpers/golden.ts';
import { runCli } from '../support/cli.ts';
import { tempDataDir } from '../support/serveur.ts';

const LONG = 120_000;
const adminUrl = process.env.TEST_DATABASE_URL;
const moteur = adminUrl ? 'postgres' : 'pglite';
const NOM = `maillage_sauvegarde_${randomBytes(4).toString('hex')}`;
const urlDe = (nom: string) =>
  adminUrl ? Object.assign(new URL(adminUrl), { pathname: `/${nom}` }).toString() : undefined;

async function admin(requete: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(requete);
  } finally {
    await client.end();
  }
}

/** Every table of the public and drizzle schemas → its row count and the md5 of its sorted rows. */
async function condenses(db: Db): Promise<Record<string, string>> {
  const tables = await lignes<{ s: string; t: string }>(
    db,
    sql`select table_schema as s, table_name as t from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
  );
  const resultat: Record<string, string> = {};
  for (const { s, t } of tables) {
    const [ligne] = await lignes<{ n: number; h: string | null }>(
      db,
      sql.raw(
        `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from "${s}"."${t}" t`,
      ),
    );
    resultat[`${s}.${t}`] = `${ligne!.n}:${ligne!.h}`;
  }
  return resultat;
}

describe(`sauvegarde et restauration (${moteur === 'postgres' ? 'PostgreSQL' : 'base embarquée'})`, () => {
  const dataDir = tempDataDir('maillage-sauvegarde-');
  const dossier = tempDataDir('maillage-sauvegardes-');
  const fichier = path.join(dossier, moteur === 'postgres' ? 'maillage.dump' : 'maillage.tar.gz');
  const url = urlDe(NOM);
  const env: Record<string, string> = url ? { DATABASE_URL: url } : {};
  const config = { databaseUrl: url, dataDir, pgBin: process.env.PG_BIN };
  const ouvrir = () => openDatabase({ databaseUrl: url, dataDir, role: 'serveur (test)' });
  let avant: Record<string, string> | undefined;

  beforeAll(async () => {
    if (adminUrl) {
      await admin(`CREATE DATABASE ${NOM} TEMPLATE ${GOLDEN_PG_DATABASE}`);
      return;
    }
    // The embedded database as after a first start: the tests' golden snapshot, unpacked into DATA_DIR.
    const golden = process.env[VARIABLE_GOLDEN] ?? (await buildGoldenPglite());
    const client = await PGlite.create(path.join(dataDir, 'pgdata'), {
      extensions: pgliteExtensions,
      loadDataDir: new Blob([gunzipSync(readFileSync(golden))], { type: 'application/x-tar' }),
    });
    await client.close();
  }, LONG);

  afterAll(async () => {
    if (adminUrl) {
      for (const nom of [NOM, `${NOM}_vide`]) await admin(`DROP DATABASE IF EXISTS ${nom} WITH (FORCE)`);
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dossier, { recursive: true, force: true });
  });

  it(
    'sauvegarde, modifications, restauration --remplacer : chaque table revient à l’état sauvegardé',
    async () => {
      let database = await ouvrir();
      try {
        await insererStructure(database.db, { nom: 'Structure sauvegardée' });
        await database.db.execute(sql`
          insert into lieux (pivot, nom, commune, code_postal, adresse, date_maj, latitude, longitude)
          values ('13002526500013', 'Lieu sauvegardé', 'Laon', '02000', '1 rue de la Gare', '2026-12-01', 49.57, 3.62)`);
        avant = await condenses(database.db);
      } finally {
        await database.close();
      }
      expect(Object.keys(avant).length).toBeGreaterThan(30);
      expect(Number(avant['public.communes']!.split(':')[0])).toBeGreaterThan(34_000);
      expect(Number(avant['public.lieux']!.split(':')[0])).toBeGreaterThanOrEqual(1);

      const sauvegarde = await runCli(dataDir, ['db', 'sauvegarder', fichier], LONG, env);
      expect(sauvegarde.code, sauvegarde.stderr).toBe(0);
      expect(sauvegarde.stdout).toMatch(
        /Sauvegarde écrite : .+ \((PostgreSQL|base embarquée PGlite), [\d,]+ (ko|Mo), en [\d,]+ s\)\./,
      );
      expect(detecterFormat(fichier)).toBe(moteur);

      database = await ouvrir();
      try {
        await database.db.execute(sql`delete from lieux where nom = 'Lieu sauvegardé'`);
        await database.db.execute(sql`update communes set nom = 'Laon modifiée' where code = '02408'`);
        await database.db.execute(sql`delete from structures where nom = 'Structure sauvegardée'`);
        await insererStructure(database.db, { nom: 'Structure ajoutée après la sauvegarde' });
        await database.db.execute(sql`create table apres_sauvegarde (x int)`);
        expect(await condenses(database.db)).not.toEqual(avant);

        if (moteur === 'pglite') {
          // This process holds DATA_DIR, as a running server does: both commands refuse at once.
          const autre = path.join(dossier, 'pendant-le-serveur.tar.gz');
          const refus = await Promise.all([
            runCli(dataDir, ['db', 'sauvegarder', autre], LONG),
            runCli(dataDir, ['db', 'restaurer', fichier, '--remplacer'], LONG),
          ]);
          for (const r of refus) {
            expect(r.code, r.stdout).toBe(1);
            expect(r.stderr).toContain('est déjà utilisée par un autre processus Maillage');
            expect(r.stderr).toContain(`PID ${process.pid}`);
            expect(r.stderr).not.toMatch(/\n\s+at /);
          }
          expect(existsSync(autre)).toBe(false);
        }
      } finally {
        await database.close();
      }

      const nonVide = await restaurer(config, fichier).catch((e: unknown) => e);
      expect(nonVide).toBeInstanceOf(CliError);
      expect((nonVide as Error).message).toContain('n’est pas vide');
      expect((nonVide as Error).message).toContain('--remplacer');

      const restauration = await runCli(dataDir, ['db', 'restaurer', fichier, '--remplacer'], LONG, env);
      expect(restauration.code, restauration.stderr).toBe(0);
      expect(restauration.stdout).toContain(`Base restaurée depuis ${fichier}`);
      expect(restauration.stdout).toContain('Migrations : aucune ne manquait');

      database = await ouvrir();
      try {
        expect(await condenses(database.db)).toEqual(avant);
      } finally {
        await database.close();
      }
      if (moteur === 'pglite') {
        expect(readdirSync(dataDir).filter((n) => n.startsWith('pgdata.'))).toEqual([]);
        expect(existsSync(path.join(dataDir, 'maillage.lock'))).toBe(false);
      }
    },
    LONG * 4,
  );

  it(
    'restaure sans --remplacer dans une base vide (nouvelle machine) : même contenu',
    async () => {
      expect(avant).toBeDefined();
      const videDir = tempDataDir('maillage-sauvegarde-vide-');
      const videUrl = urlDe(`${NOM}_vide`);
      if (adminUrl) await admin(`CREATE DATABASE ${NOM}_vide`);
      try {
        const bilan = await restaurer(
          { databaseUrl: videUrl, dataDir: videDir, pgBin: config.pgBin },
          fichier,
        );
        expect(bilan.moteur).toBe(moteur);
        expect(bilan.migrations).toBe(0);
        const database = await openDatabase({ databaseUrl: videUrl, dataDir: videDir, role: 'tests' });
        try {
          expect(await condenses(database.db)).toEqual(avant);
        } finally {
          await database.close();
        }
      } finally {
        rmSync(videDir, { recursive: true, force: true });
      }
    },
    LONG,
  );

  it.skipIf(moteur !== 'postgres')(
    'PostgreSQL : refuse une archive pg_dump qui n’est pas de Maillage, un pg_dump trop ancien ou absent',
    async () => {
      const etrangere = path.join(dossier, 'etrangere.dump');
      await admin('DROP DATABASE IF EXISTS maillage_etrangere');
      await admin('CREATE DATABASE maillage_etrangere');
      const pgDump = trouverOutil('pg_dump', process.env.PG_BIN);
      const { execFileSync } = await import('node:child_process');
      execFileSync(pgDump, [
        '--format=custom',
        `--file=${etrangere}`,
        `--dbname=${urlDe('maillage_etrangere')}`,
      ]);
      await admin('DROP DATABASE maillage_etrangere');
      const refus = await restaurer(config, etrangere, { remplacer: true }).catch((e: unknown) => e);
      expect(refus).toBeInstanceOf(CliError);
      expect((refus as Error).message).toContain('pas celle d’une base Maillage');

      const ancien = path.join(dossier, 'pg-ancien');
      mkdirSync(ancien, { recursive: true });
      writeFileSync(path.join(ancien, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
      chmodSync(path.join(ancien, 'pg_dump'), 0o755);
      const cible = path.join(dossier, 'jamais.dump');
      const trop = await sauvegarder({ ...config, pgBin: ancien }, cible).catch((e: unknown) => e);
      expect(trop).toBeInstanceOf(CliError);
      expect((trop as Error).message).toMatch(/pg_dump 9 .* est plus ancien que le serveur PostgreSQL \d+/);
      const absent = await sauvegarder({ ...config, pgBin: dossier }, cible).catch((e: unknown) => e);
      expect((absent as Error).message).toContain('pg_dump est introuvable dans PG_BIN');
      expect(existsSync(cible)).toBe(false);
    },
    LONG,
  );
});
