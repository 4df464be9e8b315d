import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DUREE_CONSERVATION_MS, goldenHash, goldenInputs, prunerGolden } from './golden-empreinte.ts';

const temporaires: string[] = [];
afterEach(() => {
  for (const d of temporaires.splice(0)) rmSync(d, { recursive: true, force: true });
});

function arbre(fichiers: Record<string, string>): string {
  const racine = mkdtempSync(path.join(os.tmpdir(), 'maillage-empreinte-'));
  temporaires.push(racine);
  for (const [f, contenu] of Object.entries(fichiers)) ecrire(racine, f, contenu);
  return racine;
}

function ecrire(racine: string, f: string, contenu: string) {
  mkdirSync(path.dirname(path.join(racine, f)), { recursive: true });
  writeFileSync(path.join(racine, f), contenu);
}

describe('empreinte de la base dorée', () => {
  it('couvre tout le code de src/ (domaine compris), le verrou npm et les aides qui la construisent', () => {
    const entrees = goldenInputs();
    expect(entrees).toContain('src/features/recrutement/domain/parametres.ts');
    expect(entrees).toContain('src/db/migrations/meta/_journal.json');
    expect(entrees).toContain('package-lock.json');
    expect(entrees).toContain('tests/helpers/golden.ts');
    expect(entrees.filter((f) => /\.test\.tsx?$/.test(f))).toEqual([]);
  });

  it('change quand un fichier du domaine change, pas quand un test change', () => {
    const racine = arbre({
      'src/features/exemple/domain/parametres.ts': 'export const PLAFOND = 3;\n',
      'src/features/exemple/exemple.test.ts': '// un test\n',
      'package-lock.json': '{}\n',
    });
    const avant = goldenHash(racine);
    ecrire(racine, 'src/features/exemple/exemple.test.ts', '// un autre test\n');
    expect(goldenHash(racine)).toBe(avant);
    ecrire(racine, 'src/features/exemple/domain/parametres.ts', 'export const PLAFOND = 4;\n');
    expect(goldenHash(racine)).not.toBe(avant);
  });

  it('ne dépend pas de l’emplacement de la copie du code', () => {
    const fichiers = { 'src/a.ts': 'export {};\n', 'package-lock.json': '{}\n' };
    expect(goldenHash(arbre(fichiers))).toBe(goldenHash(arbre(fichiers)));
  });

  it('se calcule en moins d’une seconde sur le vrai code', () => {
    const debut = performance.now();
    goldenHash();
    expect(performance.now() - debut).toBeLessThan(1000);
  });

  it('supprime les instantanés inutilisés depuis longtemps, jamais celui de l’exécution', () => {
    const dossier = arbre({
      'golden-ancien.tar.gz': 'x',
      'golden-ancien.tar.gz.123.tmp': 'x',
      'golden-recent.tar.gz': 'x',
      'golden-courant.tar.gz': 'x',
      'autre-fichier': 'x',
    });
    const vieux = new Date(Date.now() - DUREE_CONSERVATION_MS - 60_000);
    for (const f of [
      'golden-ancien.tar.gz',
      'golden-ancien.tar.gz.123.tmp',
      'golden-courant.tar.gz',
      'autre-fichier',
    ])
      utimesSync(path.join(dossier, f), vieux, vieux);
    const courant = path.join(dossier, 'golden-courant.tar.gz');
    expect(prunerGolden(dossier, courant).sort()).toEqual([
      'golden-ancien.tar.gz',
      'golden-ancien.tar.gz.123.tmp',
    ]);
    expect(readdirSync(dossier).sort()).toEqual([
      'autre-fichier',
      'golden-courant.tar.gz',
      'golden-recent.tar.gz',
    ]);
  });
});
