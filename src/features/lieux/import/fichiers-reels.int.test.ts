import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { systemContext } from '../../../platform/context.ts';
import { resoudreFormat } from './formats.ts';
import { importerLieux } from './importer.ts';
import { type RapportImport, raisonsPrincipales } from './rapport.ts';

/**
 * Acceptance of issue 3: every real file of ../shared imports with a report and no crash, through its
 * format or mapping. Skipped when ../shared is not there (CI without the data sets).
 */
const SHARED = path.resolve(import.meta.dirname, '../../../../../shared');
const present = existsSync(path.join(SHARED, 'data'));

interface Cas {
  fichier: string;
  format: string;
  /** Share of rows that must import: a low bar against regressions, real files are messy. */
  minimum: number;
}

function cas(): Cas[] {
  if (!present) return [];
  const d = (...p: string[]) => path.join(SHARED, ...p);
  const mednum = readdirSync(d('data/mednum-cli-inputs'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.config.json'))
    .sort()
    .map((f) => ({ fichier: d('data/mednum-cli-inputs', f), format: f.slice(0, -5), minimum: 0.8 }));
  const clientApplication = readdirSync(d('data/client-application'))
    .filter((f) => /^(\d{8}-.*|source)\.json$/.test(f))
    .sort()
    .map((f) => ({ fichier: d('data/client-application', f), format: 'v0', minimum: 0.95 }));
  return [
    {
      fichier: d('reference/lieux-standard/standard-mediation-num_exemple-valide.csv'),
      format: 'v1',
      minimum: 1,
    },
    {
      fichier: d('reference/lieux-standard/standard-mediation-num_exemple-valide_v0.1.1.csv'),
      format: 'v0',
      minimum: 1,
    },
    ...clientApplication,
    { fichier: d('data/rhinocc/rhinocc-inclusion-dataset-geocoded.csv'), format: 'rhinocc', minimum: 0.95 },
    ...mednum,
    { fichier: d('data/france-services/liste-fs-20240801.csv'), format: 'france-services', minimum: 0.99 },
  ];
}

let t: TestContext;
const tableau: { fichier: string; format: string; rapport: RapportImport }[] = [];

beforeAll(async () => {
  if (present) t = await createTestApp();
});
afterAll(async () => {
  if (!present) return;
  await t.close();
  const lignes = tableau.map(({ fichier, format, rapport: r }) => {
    const raisons = raisonsPrincipales(r.rejets, 2)
      .map((x) => `${x.raison} ×${x.total}`)
      .join(' ; ');
    return `| ${path.basename(fichier)} | ${format} | ${r.lignes} | ${r.crees} | ${r.rejetes} | ${r.sansCoordonnees.length} | ${r.anomalies.length} | ${raisons || '—'} |`;
  });
  console.log(
    [
      '| fichier | format | lignes | importées | rejetées | sans coord. | valeurs écartées | principales raisons de rejet |',
      '|---|---|---|---|---|---|---|---|',
      ...lignes,
    ].join('\n'),
  );
});

async function importer(c: Cas, source: string) {
  const format = resoudreFormat(c.format);
  if (!format.ok) throw new Error(format.message);
  return importerLieux(systemContext(t.deps), {
    source,
    fichier: path.basename(c.fichier),
    contenu: readFileSync(c.fichier),
    format: format.format,
    simulation: false,
  });
}

describe.skipIf(!present)('real files of ../shared', () => {
  it.each(cas())('imports $fichier ($format)', { timeout: 180_000 }, async (c) => {
    const r = await importer(c, `reel:${path.basename(c.fichier)}`);
    expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
    if (!r.ok) return;
    const rapport = r.value.rapport;
    tableau.push({ fichier: c.fichier, format: c.format, rapport });
    expect(rapport.lignes).toBeGreaterThan(0);
    expect(rapport.crees + rapport.rejetes).toBe(rapport.lignes);
    expect(rapport.crees / rapport.lignes).toBeGreaterThanOrEqual(c.minimum);
    for (const rejet of rapport.rejets) expect(rejet.raison.length).toBeGreaterThan(10);
    if (c.minimum === 1) expect(rapport.anomalies).toEqual([]);
  });

  it('changes nothing when the France Services list is imported again', { timeout: 180_000 }, async () => {
    const fs = cas().find((c) => c.format === 'france-services') as Cas;
    const r = await importer(fs, 'reel:liste-fs-20240801.csv');
    expect(r.ok && r.value.rapport).toMatchObject({ crees: 0, modifies: 0, inchanges: 2845 });
  });
});
