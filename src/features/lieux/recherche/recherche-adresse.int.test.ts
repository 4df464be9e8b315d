import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { demarrerFauxBan, type FauxBan } from '../../../../tests/support/faux-ban.ts';
import { seedLieuxDemo } from '../demo/seed-lieux.ts';

const MARDI_10H = new Date('2024-10-08T08:00:00Z');

let t: TestContext;
let ban: FauxBan;
beforeAll(async () => {
  ban = await demarrerFauxBan();
  t = await createTestApp({ GEOCODAGE_URL: ban.url, GEOCODAGE_DELAI_MS: '300' });
  t.clock.now = MARDI_10H;
  await seedLieuxDemo(t.deps.db, MARDI_10H);
});
afterAll(async () => {
  await t.close();
  await ban.close();
});
beforeEach(() => {
  ban.mode = 'normal';
  ban.requetes.length = 0;
});

const distances = (html: string) =>
  [...html.matchAll(/maillage-distance[^>]*>à ([\d,]+) (km|m)</g)].map((m) => {
    const v = Number(m[1]!.replace(',', '.'));
    return m[2] === 'm' ? v / 1000 : v;
  });

describe('recherche publique par adresse', () => {
  it('« 20 avenue de Ségur Paris » : lieux autour de l’adresse, triés par distance', async () => {
    const res = await t.app.inject(
      `/lieux?${new URLSearchParams({ q: '20 avenue de Ségur Paris', rayon: '20' })}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/à moins de 20 km de 20 Avenue de Ségur 75007 Paris/);
    const km = distances(res.body);
    expect(km.length).toBeGreaterThan(0);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(ban.requetes[0]).toMatch(/^\/search\/\?q=20\+avenue/);
  });

  it('une adresse de Laon : autour de la rue, plus près que le centre de Laon', async () => {
    const res = await t.app.inject(
      `/lieux?${new URLSearchParams({ q: '12 rue Sérurier Laon', rayon: '5' })}`,
    );
    expect(res.body).toMatch(/à moins de 5 km de 12 Rue Sérurier 02000 Laon/);
  });

  it('une commune ou un nom de lieu ne demandent rien au service d’adresses', async () => {
    const commune = await t.app.inject('/lieux?q=Laon&rayon=20');
    expect(commune.body).toMatch(/à moins de 20 km de Laon \(02000\)/);
    const nom = await t.app.inject(`/lieux?${new URLSearchParams({ q: 'Médiathèque' })}`);
    expect(nom.body).toContain('dont le nom contient « Médiathèque »');
    expect(ban.requetes).toHaveLength(0);
  });

  it('service en panne : la recherche répond quand même (par nom), sans erreur', async () => {
    ban.mode = 'panne';
    const res = await t.app.inject(`/lieux?${new URLSearchParams({ q: '2 rue Sérurier Laon' })}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('dont le nom contient « 2 rue Sérurier Laon »');
  });
});
