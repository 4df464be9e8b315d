import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detecterFormat } from './detection.ts';
import { lireFichier } from './lecture.ts';

/**
 * Issue 8, defect 10: the automatic format finds, for every real file of ../shared, the format or
 * mapping it is imported with in fichiers-reels.int.test.ts. Skipped when ../shared is not there.
 */
const SHARED =
  ['../../../../../shared', '../../../../../../shared']
    .map((d) => path.resolve(import.meta.dirname, d))
    .find((d) => existsSync(path.join(d, 'data'))) ?? '';

function cas(): { fichier: string; format: string }[] {
  if (!SHARED) return [];
  const d = (...p: string[]) => path.join(SHARED, ...p);
  return [
    { fichier: d('reference/lieux-standard/standard-mediation-num_exemple-valide.csv'), format: 'v1' },
    { fichier: d('reference/lieux-standard/standard-mediation-num_exemple-valide_v0.1.1.csv'), format: 'v0' },
    ...readdirSync(d('data/client-application'))
      .filter((f) => /^(\d{8}-.*|source)\.json$/.test(f))
      .map((f) => ({ fichier: d('data/client-application', f), format: 'v0' })),
    { fichier: d('data/rhinocc/rhinocc-inclusion-dataset-geocoded.csv'), format: 'rhinocc' },
    ...readdirSync(d('data/mednum-cli-inputs'))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.config.json'))
      .map((f) => ({ fichier: d('data/mednum-cli-inputs', f), format: f.slice(0, -5) })),
    { fichier: d('data/france-services/liste-fs-20240801.csv'), format: 'france-services' },
  ];
}

describe.skipIf(!SHARED)('automatic format on the real files of ../shared', () => {
  it.each(cas())('$fichier is $format', ({ fichier, format }) => {
    const lecture = lireFichier(readFileSync(fichier), path.basename(fichier), {});
    expect(lecture.ok).toBe(true);
    if (!lecture.ok) return;
    const d = detecterFormat(lecture.colonnes, lecture.lignes);
    expect(d.ok ? d.format.nom : d.message).toBe(format);
  });
});
