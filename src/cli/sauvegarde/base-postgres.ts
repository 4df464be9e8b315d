import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { CliError } from '../../platform/cli.ts';
import { cheminDeRecherchePublic } from './chemin-de-recherche.ts';
import {
  connexionOutil,
  dernieresLignes,
  executer,
  trouverOutil,
  verifierVersionOutil,
} from './outils-postgres.ts';

/** The tables of a database, schemas of PostgreSQL itself left out: zero means an empty database. */
export const REQUETE_NOMBRE_TABLES =
  "select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')";

async function interroger<T>(databaseUrl: string, requete: string): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw new CliError(
      `Connexion à PostgreSQL impossible (${(error as Error).message}) : vérifiez DATABASE_URL et que le serveur répond.`,
    );
  }
  try {
    return (await client.query(requete)).rows[0] as T;
  } finally {
    await client.end();
  }
}

export async function nombreTablesPostgres(databaseUrl: string): Promise<number> {
  return (await interroger<{ n: number }>(databaseUrl, REQUETE_NOMBRE_TABLES)).n;
}

async function versionServeur(databaseUrl: string): Promise<number> {
  const { v } = await interroger<{ v: number }>(
    databaseUrl,
    "select current_setting('server_version_num')::int as v",
  );
  return Math.floor(v / 10_000);
}

/** `pg_dump --format=custom` into `fichier`: one consistent snapshot (pg_dump runs in one transaction). */
export async function sauvegarderPostgres(
  databaseUrl: string,
  pgBin: string | undefined,
  fichier: string,
): Promise<void> {
  const pgDump = trouverOutil('pg_dump', pgBin);
  verifierVersionOutil('pg_dump', pgDump, await versionServeur(databaseUrl));
  const { dbname, env } = connexionOutil(databaseUrl);
  const r = await executer(pgDump, ['--format=custom', `--file=${fichier}`, `--dbname=${dbname}`], env);
  if (r.code !== 0) {
    throw new CliError(`pg_dump a échoué (code ${r.code}) :\n  ${dernieresLignes(r.stderr)}`);
  }
}

/** Checks with `pg_restore --list` that the archive is readable and holds a Maillage database. */
export async function verifierArchive(fichier: string, pgBin: string | undefined): Promise<void> {
  const pgRestore = trouverOutil('pg_restore', pgBin);
  const r = await executer(pgRestore, ['--list', fichier], process.env);
  if (r.code !== 0) {
    const conseil = /unsupported version/i.test(r.stderr)
      ? ' La sauvegarde vient d’un pg_dump plus récent : installez un client PostgreSQL plus récent ou indiquez-le dans PG_BIN.'
      : '';
    throw new CliError(
      `pg_restore ne sait pas lire ${fichier} (fichier abîmé ou tronqué ?).${conseil}\n  ${dernieresLignes(r.stderr)}`,
    );
  }
  if (!/\bTABLE drizzle __drizzle_migrations\b/.test(r.stdout)) {
    throw new CliError(
      `${fichier} est une archive pg_dump, mais pas celle d’une base Maillage (elle ne contient pas la table ` +
        'des migrations drizzle.__drizzle_migrations).',
    );
  }
}

// Replacing: the schemas Maillage owns are emptied in the same transaction as the reload, so that
// tables added since the backup (newer migrations) do not survive beside the restored ones.
const VIDER_SCHEMAS =
  'SET client_min_messages = warning; DROP SCHEMA IF EXISTS drizzle CASCADE; ' +
  'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;';
const VIDER_DRIZZLE = 'SET client_min_messages = warning; DROP SCHEMA IF EXISTS drizzle CASCADE;';

/**
 * `pg_restore -f -` piped into `psql --single-transaction`: the drop of the old content and the reload
 * commit together, or not at all. psql would commit a truncated stream at its end, so its input is
 * closed only once pg_restore has succeeded; otherwise psql is killed and PostgreSQL rolls back.
 */
export async function restaurerPostgres(
  databaseUrl: string,
  pgBin: string | undefined,
  fichier: string,
  remplacer: boolean,
): Promise<void> {
  const pgRestore = trouverOutil('pg_restore', pgBin);
  const psql = path.join(path.dirname(pgRestore), 'psql');
  if (!existsSync(psql)) {
    throw new CliError(
      `psql est introuvable à côté de pg_restore (${path.dirname(pgRestore)}) : installez le client PostgreSQL complet.`,
    );
  }
  const { dbname, env } = connexionOutil(databaseUrl);
  const lecteur = spawn(pgRestore, ['--no-owner', '--no-privileges', '--file=-', fichier], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ecrivain = spawn(
    psql,
    ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--single-transaction', `--dbname=${dbname}`].concat([
      '--command',
      remplacer ? VIDER_SCHEMAS : VIDER_DRIZZLE,
      '--file=-',
    ]),
    { env, stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let erreursLecteur = '';
  let erreursEcrivain = '';
  lecteur.stderr.on('data', (d) => {
    erreursLecteur = (erreursLecteur + d).slice(-20_000);
  });
  ecrivain.stderr.on('data', (d) => {
    erreursEcrivain = (erreursEcrivain + d).slice(-20_000);
  });
  ecrivain.stdin.on('error', () => {}); // psql stopped on an error: its own message says why
  const filtre = lecteur.stdout.pipe(cheminDeRecherchePublic());
  filtre.pipe(ecrivain.stdin, { end: false });
  const filtreVide = new Promise<void>((resolve) => filtre.once('end', resolve));

  // psql gone (error, or could not start): pg_restore would block on a full pipe, so it is stopped.
  let lecteurArrete = false;
  const finEcrivain = new Promise<number | null>((resolve) => {
    const fin = (code: number | null) => {
      if (lecteur.exitCode === null && lecteur.signalCode === null) {
        lecteurArrete = true;
        lecteur.kill('SIGKILL');
      }
      resolve(code);
    };
    ecrivain.once('error', () => fin(-1));
    ecrivain.once('close', fin);
  });
  const codeLecteur = await new Promise<number | null>((resolve) => {
    lecteur.once('error', () => resolve(-1));
    lecteur.once('close', resolve);
  });
  if (codeLecteur === 0) {
    await Promise.race([filtreVide, finEcrivain]);
    ecrivain.stdin.end();
  } else if (!lecteurArrete) ecrivain.kill('SIGKILL');
  const codeEcrivain = await finEcrivain;
  if (codeEcrivain !== 0 && (lecteurArrete || codeLecteur === 0)) {
    throw new CliError(
      `La restauration a échoué (psql, code ${codeEcrivain}) : la transaction est annulée, la base est ` +
        `inchangée.\n  ${dernieresLignes(erreursEcrivain)}`,
    );
  }
  if (codeLecteur !== 0) {
    throw new CliError(
      `pg_restore a échoué (code ${codeLecteur}) : rien n’a été modifié dans la base.\n  ${dernieresLignes(erreursLecteur)}`,
    );
  }
}
