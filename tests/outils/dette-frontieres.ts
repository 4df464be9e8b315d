/**
 * Prints the crossings of the house walls as they are now, in the format of
 * tests/architecture/dette-frontieres.txt. For moving files: regenerate, then check with `git diff` that
 * the debt only shrank or followed a renamed file — a new crossing is fixed, never added to the debt.
 * Usage: node --import tsx tests/outils/dette-frontieres.ts --ecrire
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { verifierFrontieres } from '../architecture/frontieres.ts';

const RACINE = path.resolve(import.meta.dirname, '../..');
const FICHIER = path.join(RACINE, 'tests/architecture/dette-frontieres.txt');
const entete = readFileSync(FICHIER, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('#'));
const lignes = [
  ...new Set(verifierFrontieres(RACINE).map((v) => `${v.fichier} [${v.regle}] ${v.cible}`)),
].sort();
const texte = `${[...entete, ...lignes].join('\n')}\n`;
if (process.argv.includes('--ecrire')) writeFileSync(FICHIER, texte);
else process.stdout.write(texte);
