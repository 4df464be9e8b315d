import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { constants, gunzipSync } from 'node:zlib';
import { CliError } from '../../platform/cli.ts';

/** Which engine a backup file belongs to: `pg_dump --format=custom` or the embedded data dir (tar gzip). */
export type FormatSauvegarde = 'postgres' | 'pglite';

export const NOM_MOTEUR: Record<FormatSauvegarde, string> = {
  postgres: 'PostgreSQL',
  pglite: 'base embarquée PGlite',
};

const BLOC_TAR = 512;

/** Reads the start of the file and tells its format; refuses, in French, anything else. */
export function detecterFormat(fichier: string): FormatSauvegarde {
  let taille: number;
  try {
    const st = statSync(fichier);
    if (st.isDirectory()) throw new CliError(`${fichier} est un dossier, pas un fichier de sauvegarde.`);
    taille = st.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Fichier de sauvegarde introuvable : ${fichier}.`);
  }
  const debut = lireDebut(fichier, Math.min(taille, 64 * 1024));
  if (debut.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgres';
  if (debut[0] === 0x1f && debut[1] === 0x8b && contientPgVersion(degonfler(debut))) return 'pglite';
  throw new CliError(
    `${fichier} n’est pas une sauvegarde Maillage : ce n’est ni une archive pg_dump au format custom ` +
      '(PostgreSQL, elle commence par « PGDMP »), ni une archive tar gzip de la base embarquée. ' +
      'Les sauvegardes se font avec « maillage db sauvegarder FICHIER ».',
  );
}

function lireDebut(fichier: string, octets: number): Buffer {
  const buffer = Buffer.alloc(octets);
  const fd = openSync(fichier, 'r');
  try {
    const lus = readSync(fd, buffer, 0, octets, 0);
    return buffer.subarray(0, lus);
  } finally {
    closeSync(fd);
  }
}

/** Inflates what a truncated gzip prefix holds (Z_SYNC_FLUSH: no error at the cut). */
function degonfler(debut: Buffer): Buffer {
  try {
    return gunzipSync(debut, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return Buffer.alloc(0);
  }
}

/** A PGlite dump is a tar of the data dir: PG_VERSION at its root (the first entry, in practice). */
export function contientPgVersion(tar: Buffer): boolean {
  for (let offset = 0; offset + BLOC_TAR <= tar.length; ) {
    const entete = tar.subarray(offset, offset + BLOC_TAR);
    if (entete.every((o) => o === 0)) return false;
    if (entete.subarray(257, 262).toString('latin1') !== 'ustar') return false;
    const prefixe = chaine(entete.subarray(345, 500));
    const nom = (prefixe ? `${prefixe}/` : '') + chaine(entete.subarray(0, 100));
    if (/^(\.?\/)?PG_VERSION$/.test(nom)) return true;
    const taille = Number.parseInt(chaine(entete.subarray(124, 136)).trim() || '0', 8);
    if (!Number.isFinite(taille)) return false;
    offset += BLOC_TAR + Math.ceil(taille / BLOC_TAR) * BLOC_TAR;
  }
  return false;
}

function chaine(octets: Buffer): string {
  const fin = octets.indexOf(0);
  return octets.subarray(0, fin === -1 ? octets.length : fin).toString('utf8');
}
