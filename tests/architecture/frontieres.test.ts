import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formater, verifierFrontieres } from './frontieres.ts';

const RACINE = path.resolve(import.meta.dirname, '../..');

describe('frontières de la maison', () => {
  it('aucune traversée de mur dans le dépôt (fichier:ligne de chacune sinon)', () => {
    expect(verifierFrontieres(RACINE).map(formater), 'traversées des murs').toEqual([]);
  });

  describe('chaque règle sait échouer, avec le fichier et la ligne', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'maillage-frontieres-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const ecrire = (f: string, texte: string) => {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), texte);
    };
    ecrire('src/db/schema/b.ts', 'export const trucs = 1;\n');
    ecrire('src/db/schema/index.ts', "export * from './b.ts';\n");
    ecrire('src/features/b/interne.ts', 'export const x = 1;\n');
    ecrire('src/features/b/index.ts', "export { x } from './interne.ts';\n");
    ecrire('src/features/a/public.ts', "import { x } from '../b/index.ts';\nexport const y = x;\n");
    ecrire(
      'src/features/a/mur.ts',
      "// commentaire\nimport { x } from '../b/interne.ts';\nexport const y = x;\n",
    );
    ecrire('src/platform/socle.ts', "\n\nimport { x } from '../features/b/index.ts';\nexport const y = x;\n");
    ecrire('src/features/a/aide.ts', "import { h } from '../../../tests/aide.ts';\nexport const y = h;\n");
    ecrire(
      'src/features/a/aide.test.ts',
      "import { h } from '../../../tests/aide.ts';\nexport const y = h;\n",
    );
    ecrire(
      'src/features/a/tables.ts',
      "\nimport { trucs } from '../../db/schema/index.ts';\nexport const y = trucs;\n",
    );
    ecrire(
      'src/features/b/tables.ts',
      "import { trucs } from '../../db/schema/b.ts';\nexport const y = trucs;\n",
    );
    ecrire('tests/aide.ts', 'export const h = 1;\n');

    it('signale exactement les quatre traversées, rien pour les imports permis', () => {
      expect(verifierFrontieres(dir).map(formater).sort()).toEqual([
        'src/features/a/aide.ts:1 [tests] tests/aide.ts',
        'src/features/a/mur.ts:2 [mur] src/features/b/interne.ts',
        'src/features/a/tables.ts:2 [tables] table trucs (b)',
        'src/platform/socle.ts:3 [socle] src/features/b/index.ts',
      ]);
    });
  });
});
