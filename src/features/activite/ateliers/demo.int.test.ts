import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import { seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { ATELIERS_DEMO, seedAteliersDemo } from './demo.ts';

const MAINTENANT = new Date('2026-12-01T09:00:00Z');
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  await seedLieuxDemo(t.deps.db, MAINTENANT);
});
afterAll(() => t.close());

describe('ateliers de démonstration', () => {
  it('crée une dizaine d’ateliers une seule fois, l’un complet avec liste d’attente', async () => {
    const r = await seedAteliersDemo(t.deps.db, MAINTENANT);
    expect(r.crees).toBeGreaterThanOrEqual(9);
    expect((await seedAteliersDemo(t.deps.db, MAINTENANT)).crees).toBe(0);
    const complet = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.atelierId, ATELIERS_DEMO.laonComplet));
    expect(complet.filter((i) => i.statut === 'attente')).toHaveLength(2);
    const [hier] = await t.deps.db.select().from(ateliers).where(eq(ateliers.id, ATELIERS_DEMO.laonHier));
    expect(hier!.debut.getTime()).toBeLessThan(MAINTENANT.getTime());
  });
});
