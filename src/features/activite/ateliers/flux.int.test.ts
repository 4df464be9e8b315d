import { validate } from '@scalar/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { systemContext } from '../../../platform/context.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { valeursVides } from './domain/atelier.ts';
import { inscrire } from './inscrire.ts';
import { publierAtelier } from './publier-atelier.ts';

const MAINTENANT = new Date('2026-12-01T09:00:00Z');
let t: TestContext;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MAINTENANT;
  await seedLieuxDemo(t.deps.db, MAINTENANT);
  const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'), { now: MAINTENANT });
  const r = await publierAtelier(ctx, {
    ...valeursVides(),
    titre: 'Atelier calendrier',
    thematiques: ['sante'],
    lieuId: LIEUX_DEMO_GERES.laon,
    date: '2026-12-12',
    capacite: '4',
  });
  if (!r.ok) throw new Error('publication');
  id = r.value.ids[0]!;
  await inscrire(systemContext(t.deps), id, {
    prenom: 'Secrète',
    nom: 'Personne',
    courriel: 'secrete@exemple.fr',
    telephone: '',
    consentement: true,
  });
});
afterAll(() => t.close());

describe('ateliers : calendriers publics', () => {
  it('le flux de la structure et celui du conseiller, sans donnée des inscrits', async () => {
    for (const url of [
      `/ateliers/structure/${DEMO_STRUCTURES.laon.id}.ics`,
      `/ateliers/conseiller/${persona('conseiller').id}.ics`,
    ]) {
      const r = await t.app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toContain('text/calendar');
      expect(r.body).toContain('BEGIN:VCALENDAR');
      expect(r.body).toContain('SUMMARY:Atelier calendrier');
      expect(r.body).toContain(`UID:atelier-${id}@maillage`);
      expect(r.body).not.toContain('secrete');
      expect(r.body).not.toContain('Secrète');
    }
    const autre = await t.app.inject({ url: `/ateliers/structure/${DEMO_STRUCTURES.association.id}.ics` });
    expect(autre.body).not.toContain('Atelier calendrier');
    expect((await t.app.inject({ url: '/ateliers/structure/pas-un-id.ics' })).statusCode).toBe(404);
  });
});

describe('ateliers : API', () => {
  it('cherche autour d’une commune ou d’un point, refuse un paramètre inconnu', async () => {
    const r = await t.app.inject({ url: '/api/v1/ateliers?commune=02408&rayon=10' });
    expect(r.statusCode).toBe(200);
    const corps = r.json();
    const trouve = corps.data.find((a: { id: string }) => a.id === id);
    expect(trouve).toMatchObject({
      titre: 'Atelier calendrier',
      places_restantes: 3,
      thematiques: ['sante'],
    });
    expect(typeof trouve.distance_km).toBe('number');
    expect(JSON.stringify(corps)).not.toContain('secrete');
    const loin = await t.app.inject({ url: '/api/v1/ateliers?lat=43.3&lon=5.4&rayon=50' });
    expect(loin.json().data.some((a: { id: string }) => a.id === id)).toBe(false);
    const inconnu = await t.app.inject({ url: '/api/v1/ateliers?ville=Laon' });
    expect(inconnu.statusCode).toBe(400);
    expect(inconnu.json().code).toBe('parametre_inconnu');
    const mauvais = await t.app.inject({ url: '/api/v1/ateliers?lat=abc&lon=3' });
    expect(mauvais.statusCode).toBe(400);
  });

  it('figure dans le document OpenAPI, qui reste valide', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    expect(doc.paths['/api/v1/ateliers'].get.tags).toEqual(['Ateliers']);
    const result = await validate(doc);
    expect(result.errors ?? []).toEqual([]);
  });
});
