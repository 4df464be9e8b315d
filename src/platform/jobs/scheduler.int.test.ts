import os from 'node:os';
import { Cron } from 'croner';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { ConfigError } from '../../config/env.ts';
import { tachesPlanifiees } from '../../db/schema/index.ts';
import type { Job } from './job.ts';
import { avecPlanningDeTest } from './planning-test.ts';
import { echeanceCourante, runExclusive } from './scheduler.ts';

const surPostgres = Boolean(process.env.TEST_DATABASE_URL);

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function compteur() {
  const c = { n: 0, run: async () => void c.n++ };
  return c;
}

describe('une tâche planifiée ne s’exécute qu’une fois par échéance', () => {
  it('deux déclenchements l’un après l’autre pour la même échéance : une seule exécution', async () => {
    const c = compteur();
    const echeance = new Date('2026-12-04T10:15:00Z');
    expect(await runExclusive(t.deps, 'essai-suite', c.run, { echeance })).toBe(true);
    // A process whose timer fired a little later, once the first run has finished.
    expect(await runExclusive(t.deps, 'essai-suite', c.run, { echeance })).toBe(false);
    expect(c.n).toBe(1);
    // The next occurrence runs; a late call for an older one does not.
    const suivante = new Date('2026-12-04T10:30:00Z');
    expect(await runExclusive(t.deps, 'essai-suite', c.run, { echeance: suivante })).toBe(true);
    expect(await runExclusive(t.deps, 'essai-suite', c.run, { echeance })).toBe(false);
    expect(c.n).toBe(2);
    const [ligne] = await t.deps.db
      .select()
      .from(tachesPlanifiees)
      .where(eq(tachesPlanifiees.nom, 'essai-suite'));
    expect(ligne?.derniereEcheance.toISOString()).toBe(suivante.toISOString());
    expect(ligne?.processus).toBe(`${os.hostname()}:${process.pid}`);
  });

  it('sans échéance (maillage jobs run) : toujours exécutée ; les échéances d’une autre tâche sont à part', async () => {
    const c = compteur();
    const echeance = new Date('2026-12-04T11:00:00Z');
    expect(await runExclusive(t.deps, 'essai-a', c.run, { echeance })).toBe(true);
    expect(await runExclusive(t.deps, 'essai-b', c.run, { echeance })).toBe(true);
    expect(await runExclusive(t.deps, 'essai-a', c.run)).toBe(true);
    expect(await runExclusive(t.deps, 'essai-a', c.run)).toBe(true);
    expect(c.n).toBe(4);
  });

  it.skipIf(!surPostgres)('trois déclenchements simultanés : une seule exécution (PostgreSQL)', async () => {
    const c = compteur();
    const lent = async () => {
      await c.run();
      await new Promise((r) => setTimeout(r, 100));
    };
    const echeance = new Date('2026-12-04T12:00:00Z');
    const resultats = await Promise.all(
      [1, 2, 3].map(() => runExclusive(t.deps, 'essai-simultane', lent, { echeance })),
    );
    expect(resultats.filter(Boolean)).toHaveLength(1);
    expect(c.n).toBe(1);
  });

  it.skipIf(!surPostgres)('une exécution en échec libère l’échéance (PostgreSQL)', async () => {
    const echeance = new Date('2026-12-04T13:00:00Z');
    await expect(
      runExclusive(
        t.deps,
        'essai-echec',
        async () => {
          throw new Error('panne');
        },
        { echeance },
      ),
    ).rejects.toThrow('panne');
    const c = compteur();
    expect(await runExclusive(t.deps, 'essai-echec', c.run, { echeance })).toBe(true);
    expect(c.n).toBe(1);
  });
});

describe('échéance d’un déclenchement', () => {
  const cron = new Cron('*/15 * * * *', { timezone: 'Europe/Paris', paused: true });
  afterAll(() => cron.stop());
  it.each([
    '2026-12-04T10:15:00.000Z',
    '2026-12-04T10:15:00.004Z',
    '2026-12-04T10:15:01.500Z',
    '2026-12-04T10:29:59.999Z',
  ])('à %s : 10:15', (instant) => {
    expect(echeanceCourante(cron, new Date(instant)).toISOString()).toBe('2026-12-04T10:15:00.000Z');
  });
});

describe('planification de test (TACHES_PLANNING_TEST)', () => {
  const jobs: Job[] = [
    { name: 'purge-sessions', schedule: '*/15 * * * *', description: 'x', run: async () => {} },
    { name: 'autre', schedule: '7 * * * *', description: 'y', run: async () => {} },
  ];
  it('remplace la planification des tâches nommées seulement', () => {
    const r = avecPlanningDeTest(jobs, { 'purge-sessions': '* * * * * *' });
    expect(r.map((j) => j.schedule)).toEqual(['* * * * * *', '7 * * * *']);
    expect(jobs[0]!.schedule).toBe('*/15 * * * *');
  });
  it('refuse une tâche inconnue ou une expression illisible, en français', () => {
    expect(() => avecPlanningDeTest(jobs, { inconnue: '* * * * *' })).toThrow(ConfigError);
    expect(() => avecPlanningDeTest(jobs, { inconnue: '* * * * *' })).toThrow(/tâche inconnue « inconnue »/);
    expect(() => avecPlanningDeTest(jobs, { autre: 'chaque seconde' })).toThrow(/planification illisible/);
  });
});
