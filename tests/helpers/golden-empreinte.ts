import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The golden database's fingerprint. Any source file may shape what the startup tasks write (a domain
 * rule, a parameter, a seed), so the sound and still cheap rule is: every file under `src/` except the
 * tests, the lockfile (reference data comes from npm packages) and the helpers that build the base.
 */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Besides `src/`: files relative to the root whose change must rebuild the golden database. */
export const AUTRES_ENTREES = [
  'package-lock.json',
  'tests/helpers/golden.ts',
  'tests/helpers/golden-empreinte.ts',
];

const estTest = (nom: string) => /\.test\.tsx?$/.test(nom);

/** Every input of the golden database, relative to `racine`, with `/`, sorted. */
export function goldenInputs(racine = ROOT): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const nom of readdirSync(dir)) {
      const full = path.join(dir, nom);
      if (statSync(full).isDirectory()) walk(full);
      else if (!estTest(nom)) out.push(path.relative(racine, full).split(path.sep).join('/'));
    }
  };
  walk(path.join(racine, 'src'));
  for (const f of AUTRES_ENTREES) if (existsSync(path.join(racine, f))) out.push(f);
  return out.sort();
}

/** Relative paths are hashed (not absolute ones): two checkouts of the same code share one cache. */
export function goldenHash(racine = ROOT): string {
  const h = createHash('sha256');
  for (const f of goldenInputs(racine)) {
    h.update(f)
      .update('\0')
      .update(readFileSync(path.join(racine, f)))
      .update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/** A golden file unused for this long is deleted when another one is built (about 15 MB each). */
export const DUREE_CONSERVATION_MS = 60 * 60 * 1000;

/**
 * Deletes golden snapshots (and leftover temporary files) not used for `DUREE_CONSERVATION_MS`. Age, not
 * count: several checkouts may share the cache (node_modules) and test runs read their file meanwhile.
 * Returns the deleted file names.
 */
export function prunerGolden(dossier: string, garder: string, now = Date.now()): string[] {
  if (!existsSync(dossier)) return [];
  const supprimes: string[] = [];
  for (const nom of readdirSync(dossier)) {
    if (!nom.startsWith('golden-') || nom === path.basename(garder)) continue;
    const full = path.join(dossier, nom);
    try {
      if (now - statSync(full).mtimeMs < DUREE_CONSERVATION_MS) continue;
      rmSync(full, { force: true });
      supprimes.push(nom);
    } catch {
      // Deleted meanwhile by another run: nothing to do.
    }
  }
  return supprimes;
}
