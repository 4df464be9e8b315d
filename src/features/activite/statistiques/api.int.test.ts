import { validate } from '@scalar/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFIL_ANONYME, saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { jetonsApi } from '../../../db/schema/index.ts';
import { hashToken, randomToken } from '../../../platform/auth/tokens.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';

const JOUR = new Date('2024-10-09T08:00:00Z');
let t: TestContext;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = JOUR;
  await seedLieuxDemo(t.deps.db, JOUR);
  const lea = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
  for (const date of ['2024-10-07', '2024-10-08']) {
    const r = await enregistrerActivite(
      lea,
      { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id },
      saisieActivite({ date }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  const asso = contexteDe(t.deps, await acteurPersona(t, 'association'));
  const r = await enregistrerActivite(
    asso,
    { structureId: DEMO_STRUCTURES.association.id, conseillerId: persona('association').id },
    saisieActivite({ participants: [{ sorte: 'anonyme', profil: PROFIL_ANONYME }] }),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.error));
});
afterAll(() => t.close());

async function jeton(over: { portees?: string[]; departementCode?: string; structureId?: string } = {}) {
  const secret = `mlg_${randomToken()}`;
  await t.deps.db.insert(jetonsApi).values({
    nom: 'client de test',
    prefixe: secret.slice(0, 12),
    hash: hashToken(secret),
    portees: over.portees ?? ['statistiques:lecture'],
    departementCode: over.departementCode ?? null,
    structureId: over.structureId ?? null,
  });
  return { authorization: `Bearer ${secret}` };
}

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('GET /api/v1/statistiques', () => {
  it('exige un jeton (ou une session) et la portée statistiques:lecture', async () => {
    expect((await get('/api/v1/statistiques')).statusCode).toBe(401);
    const sans = await get('/api/v1/statistiques', await jeton({ portees: ['lecture'] }));
    expect(sans.statusCode).toBe(403);
    expect(sans.json().code).toBe('portee_manquante');
  });

  it('un jeton national voit tout et filtre par département', async () => {
    const h = await jeton();
    const tout = await get('/api/v1/statistiques', h);
    expect(tout.statusCode).toBe(200);
    expect(tout.json().totaux.activites).toBe(3);
    expect(tout.json().perimetre).toEqual({ niveau: 'national' });
    const somme = await get('/api/v1/statistiques?departementCode=80', h);
    expect(somme.json().totaux.activites).toBe(1);
  });

  it('un jeton de structure ne voit que sa structure ; un jeton de l’Aisne se voit refuser la Somme', async () => {
    const s = await get('/api/v1/statistiques', await jeton({ structureId: DEMO_STRUCTURES.association.id }));
    expect(s.json().totaux.activites).toBe(1);
    expect(s.json().perimetre).toEqual({ niveau: 'structure', structure_id: DEMO_STRUCTURES.association.id });
    const aisne = await jeton({ departementCode: '02' });
    expect((await get('/api/v1/statistiques', aisne)).json().totaux.activites).toBe(2);
    const refus = await get('/api/v1/statistiques?departementCode=80', aisne);
    expect(refus.statusCode).toBe(403);
    expect(refus.json()).toMatchObject({ code: 'hors_perimetre' });
    expect(refus.json().errors[0]).toEqual({
      field: 'departementCode',
      message: 'Votre accès se limite au département 02.',
    });
  });

  it('une session de conseiller voit sa propre activité', async () => {
    const res = await get('/api/v1/statistiques?type=individuel', {
      cookie: await sessionCookieFor(t, 'conseiller'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().totaux.activites).toBe(2);
    expect(res.json().repartitions.type).toEqual([{ code: 'individuel', nombre: 2, pourcentage: 100 }]);
  });

  it('refuse un filtre mal formé et un paramètre inconnu, en français', async () => {
    const h = await jeton();
    const mal = await get('/api/v1/statistiques?du=2024-02-30', h);
    expect(mal.statusCode).toBe(400);
    expect(mal.json().code).toBe('filtres_invalides');
    const inconnu = await get('/api/v1/statistiques?departement=02', h);
    expect(inconnu.statusCode).toBe(400);
    expect(inconnu.json().code).toBe('parametre_inconnu');
  });

  it('est décrite dans le document OpenAPI, qui reste valide', async () => {
    const doc = (await get('/api/v1/openapi.json')).json();
    const op = doc.paths['/api/v1/statistiques'].get;
    expect(op.security).toEqual([{ jeton: [] }]);
    expect(op.parameters.map((p: { name: string }) => p.name)).toContain('thematiquesNumeriques');
    expect(op.responses['200'].content['application/json'].schema.properties.totaux).toBeDefined();
    const result = await validate(doc);
    expect(result.errors ?? []).toEqual([]);
  });
});
