import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona } from '../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { contexteDe } from '../../../tests/helpers/contexte.ts';
import { lieux } from '../../db/schema/index.ts';
import type { UserActor } from '../../platform/auth/actor.ts';
import { systemContext } from '../../platform/context.ts';
import { listerAFaire } from '../../platform/module/a-faire.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from './demo/seed-lieux.ts';
import { signalerErreur } from './recherche/signaler-erreur.ts';

const MARDI_10H = new Date('2024-10-08T08:00:00Z');

describe('« À faire » des lieux : signalements à traiter et lieux à actualiser, dans le périmètre', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = MARDI_10H;
    await seedLieuxDemo(t.deps.db, MARDI_10H);
  });
  afterAll(() => t.close());

  const aFaire = async (acteur: UserActor) =>
    Object.fromEntries(
      (await listerAFaire(t.deps.registry.aFaire, contexteDe(t.deps, acteur))).map((e) => [e.href, e.nombre]),
    );

  it('un signalement sur un lieu de Laon attend Laon et l’ANCT, pas une autre structure', async () => {
    const [laon, association, anct] = await Promise.all([
      acteurPersona(t, 'laon'),
      acteurPersona(t, 'association'),
      acteurPersona(t, 'anct'),
    ]);
    const avant = {
      laon: await aFaire(laon),
      association: await aFaire(association),
      anct: await aFaire(anct),
    };
    const r = await signalerErreur(systemContext(t.deps), {
      lieuId: LIEUX_DEMO_GERES.laon,
      donnees: { message: 'Le lieu a déménagé place de la mairie.', email: '' },
    });
    expect(r.ok).toBe(true);
    const s = (x: Record<string, number>, href: string) => x[href] ?? 0;
    expect(s(await aFaire(laon), '/structure/lieux/signalements')).toBe(
      s(avant.laon, '/structure/lieux/signalements') + 1,
    );
    expect(s(await aFaire(anct), '/admin/lieux/signalements')).toBe(
      s(avant.anct, '/admin/lieux/signalements') + 1,
    );
    expect(s(await aFaire(association), '/structure/lieux/signalements')).toBe(
      s(avant.association, '/structure/lieux/signalements'),
    );
  });

  it('un lieu de la structure non confirmé depuis plus de six mois est à actualiser', async () => {
    const laon = await acteurPersona(t, 'laon');
    const avant = (await aFaire(laon))['/structure/lieux'] ?? 0;
    await t.deps.db.update(lieux).set({ dateMaj: '2023-01-15' }).where(eq(lieux.id, LIEUX_DEMO_GERES.laon));
    expect((await aFaire(laon))['/structure/lieux']).toBe(avant + 1);
  });
});
