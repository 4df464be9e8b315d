import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../../platform/cli.ts';

export type OutilPostgres = 'pg_dump' | 'pg_restore' | 'psql';

const RACINE_DEBIAN = '/usr/lib/postgresql';

function executable(fichier: string): boolean {
  try {
    accessSync(fichier, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** PG_BIN first, then the newest /usr/lib/postgresql/<version>/bin (Debian, Ubuntu), then the PATH. */
export function trouverOutil(nom: OutilPostgres, pgBin: string | undefined): string {
  if (pgBin) {
    const fichier = path.join(pgBin, nom);
    if (executable(fichier)) return fichier;
    throw new CliError(
      `${nom} est introuvable dans PG_BIN (${pgBin}) : indiquez dans PG_BIN le dossier des programmes ` +
        'PostgreSQL, par exemple PG_BIN=/usr/lib/postgresql/17/bin, ou retirez PG_BIN pour les chercher ailleurs.',
    );
  }
  if (existsSync(RACINE_DEBIAN)) {
    const versions = readdirSync(RACINE_DEBIAN)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const fichier = path.join(RACINE_DEBIAN, version, 'bin', nom);
      if (executable(fichier)) return fichier;
    }
  }
  for (const dossier of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dossier) continue;
    const fichier = path.join(dossier, nom);
    if (executable(fichier)) return fichier;
  }
  throw new CliError(
    `${nom} est introuvable : installez le client PostgreSQL de la même version que le serveur ` +
      '(par exemple « apt-get install postgresql-client-17 »), ou indiquez son dossier dans PG_BIN ' +
      '(PG_BIN=/usr/lib/postgresql/17/bin).',
  );
}

/** The major version a PostgreSQL program reports (`pg_dump (PostgreSQL) 17.2` → 17). */
export function versionMajeure(binaire: string): number {
  let sortie: string;
  try {
    sortie = execFileSync(binaire, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  } catch (error) {
    throw new CliError(`Impossible de lancer ${binaire} : ${(error as Error).message}`);
  }
  const trouve = /\(PostgreSQL\)\s+(\d+)/.exec(sortie);
  if (!trouve) throw new CliError(`${binaire} n’indique pas sa version PostgreSQL (« ${sortie.trim()} »).`);
  return Number(trouve[1]);
}

/** pg_dump cannot dump a server newer than itself: say so before it fails with its own English message. */
export function verifierVersionOutil(nom: OutilPostgres, binaire: string, serveur: number): void {
  const version = versionMajeure(binaire);
  if (version >= serveur) return;
  throw new CliError(
    `${nom} ${version} (${binaire}) est plus ancien que le serveur PostgreSQL ${serveur} : il ne peut pas ` +
      `le lire. Installez le client PostgreSQL ${serveur} (par exemple « apt-get install ` +
      `postgresql-client-${serveur} ») ou indiquez son dossier dans PG_BIN ` +
      `(PG_BIN=/usr/lib/postgresql/${serveur}/bin).`,
  );
}

/**
 * The connection for a PostgreSQL program: the URL without its password (visible to `ps` otherwise),
 * the password in PGPASSWORD.
 */
export function connexionOutil(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.password) {
    env.PGPASSWORD = decodeURIComponent(url.password);
    url.password = '';
  }
  return { dbname: url.toString(), env };
}

export interface Execution {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end, keeping the end of its output (enough for an error message). */
export function executer(binaire: string, args: string[], env: NodeJS.ProcessEnv): Promise<Execution> {
  return new Promise((resolve, reject) => {
    const enfant = spawn(binaire, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    enfant.stdout.on('data', (d) => {
      stdout += d;
    });
    enfant.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-20_000);
    });
    enfant.once('error', (error) =>
      reject(new CliError(`Impossible de lancer ${binaire} : ${error.message}`)),
    );
    enfant.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The last meaningful lines of a program's error output, for a CliError. */
export function dernieresLignes(sortie: string, nombre = 6): string {
  const lignes = sortie
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lignes.slice(-nombre).join('\n  ') || '(aucun message)';
}
