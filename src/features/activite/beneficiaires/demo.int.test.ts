import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { beneficiaires } from '../../../db/schema/index.ts';
import { persona } from '../../comptes/index.ts';
import { seedBeneficiairesDemo } from './demo.ts';
import { doublonsBeneficiaires } from './lectures.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('les bénéficiaires de démonstration : un doublon, une personne sans consentement, une seule fois', async () => {
  const ctx = { config: t.deps.config, database: t.database, now: t.clock.now, registry: t.deps.registry };
  await seedBeneficiairesDemo(ctx);
  await seedBeneficiairesDemo(ctx);
  const lea = persona('conseiller');
  const rows = await t.deps.db.select().from(beneficiaires).where(eq(beneficiaires.conseillerId, lea.id));
  expect(rows).toHaveLength(4);
  expect(rows.filter((r) => r.consentementLe === null).map((r) => r.nom)).toEqual(['Lefèvre']);
  const suivi = { conseillerId: lea.id, structureId: rows[0]!.structureId };
  expect(await doublonsBeneficiaires(t.deps.db, suivi)).toHaveLength(1);
});
