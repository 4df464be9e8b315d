import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from '../../platform/cli.ts';

/** Refuses a destination that cannot receive the backup, before any long work starts. */
export function verifierDestination(cible: string, ecraser: boolean): void {
  const dossier = path.dirname(cible);
  if (!existsSync(dossier) || !statSync(dossier).isDirectory()) {
    throw new CliError(`Le dossier ${dossier} n’existe pas : créez-le, ou choisissez un autre chemin.`);
  }
  if (!existsSync(cible)) return;
  if (statSync(cible).isDirectory())
    throw new CliError(`${cible} est un dossier : indiquez un nom de fichier.`);
  if (!ecraser) {
    throw new CliError(
      `Le fichier ${cible} existe déjà : choisissez un autre nom, ou ajoutez --ecraser pour le remplacer.`,
    );
  }
}

/**
 * Writes `cible` through a temporary file in the same folder, flushed to disk then renamed: the
 * destination is either the previous file or the complete new one, never a half-written backup.
 */
export async function ecrireAtomiquement(
  cible: string,
  ecraser: boolean,
  ecrire: (temporaire: string) => Promise<void>,
): Promise<void> {
  verifierDestination(cible, ecraser);
  const dossier = path.dirname(cible);
  const temporaire = path.join(dossier, `.${path.basename(cible)}.${process.pid}.partiel`);
  try {
    await ecrire(temporaire);
    synchroniser(temporaire, 'r+');
    verifierDestination(cible, ecraser); // created by someone else meanwhile
    renameSync(temporaire, cible);
  } catch (error) {
    rmSync(temporaire, { force: true });
    throw error;
  }
  synchroniser(dossier, 'r');
}

function synchroniser(chemin: string, mode: string): void {
  const fd = openSync(chemin, mode);
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    closeSync(fd);
  }
}

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** « 15,2 Mo » (powers of 1000, as the French « Mo »). */
export function tailleLisible(octets: number): string {
  if (octets < 1000) return `${octets} octets`;
  const unites = ['ko', 'Mo', 'Go', 'To'];
  let valeur = octets / 1000;
  let i = 0;
  while (valeur >= 1000 && i < unites.length - 1) {
    valeur /= 1000;
    i++;
  }
  return `${nombre.format(valeur)} ${unites[i]}`;
}

/** « 3,4 s ». */
export function dureeLisible(ms: number): string {
  return `${nombre.format(ms / 1000)} s`;
}
