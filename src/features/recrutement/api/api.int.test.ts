import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Contexte,
  candidatInscrit,
  creerContexte,
  structureCandidate,
  structureValidee,
} from '../../../../tests/factories/recrutement.ts';
import { jetonsApi } from '../../../db/schema/index.ts';
import { createSession, SESSION_COOKIE } from '../../../platform/auth/sessions.ts';
import { hashToken, randomToken } from '../../../platform/auth/tokens.ts';
import { buildApp } from '../../../platform/http/app.tsx';
import { buildRegistry } from '../../../platform/module/registry.ts';
import { persona } from '../../comptes/demo/personas.ts';
import { recrutementApiRoutes } from './routes.ts';

describe('API du recrutement : candidatures et décisions selon le périmètre', () => {
  let t: Contexte;
  let app: FastifyInstance;
  let aisne: Awaited<ReturnType<typeof structureValidee>>;
  let somme: Awaited<ReturnType<typeof structureValidee>>;
  let aisneEnAttente: Awaited<ReturnType<typeof structureCandidate>>;

  async function jeton(over: { portees?: string[]; departementCode?: string; structureId?: string } = {}) {
    const secret = `mlg_${randomToken()}`;
    await t.deps.db.insert(jetonsApi).values({
      nom: 'client de test',
      prefixe: secret.slice(0, 12),
      hash: hashToken(secret),
      portees: over.portees ?? ['recrutement:lecture'],
      departementCode: over.departementCode ?? null,
      structureId: over.structureId ?? null,
    });
    return { authorization: `Bearer ${secret}` };
  }

  async function session(personaKey: string) {
    const p = persona(personaKey);
    const token = await createSession(t.deps.db, {
      userId: p.id,
      adhesionId: p.memberships[0]!.id,
      now: t.clock.now,
    });
    return { cookie: `${SESSION_COOKIE}=${token}` };
  }

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-03-20T09:00:00Z');
    app = await buildApp({
      ...t.deps,
      registry: buildRegistry([{ name: 'recrutement-api', routes: [recrutementApiRoutes] }]),
    });
    await app.ready();
    aisne = await structureValidee(t, 2);
    aisneEnAttente = await structureCandidate(t);
    somme = await structureValidee(t, 1, {
      communeCode: '80021',
      latitude: '49.8941',
      longitude: '2.2958',
      type: 'ASSOCIATION',
    });
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('exige un jeton ou une session, et la portée recrutement:lecture', async () => {
    const anonyme = await get('/api/v1/recrutement/candidatures');
    expect(anonyme.statusCode).toBe(401);
    expect(anonyme.headers['content-type']).toContain('application/problem+json');
    const sansPortee = await get('/api/v1/recrutement/candidatures', await jeton({ portees: ['lecture'] }));
    expect(sansPortee.statusCode).toBe(403);
    expect(sansPortee.json().code).toBe('portee_manquante');
    const candidat = await candidatInscrit(t);
    const c = await createSession(t.deps.db, {
      userId: candidat.utilisateurId,
      adhesionId: candidat.adhesionId,
      now: t.clock.now,
    });
    const parCandidat = await get('/api/v1/recrutement/candidatures', { cookie: `${SESSION_COOKIE}=${c}` });
    expect(parCandidat.statusCode).toBe(403);
  });

  it('un jeton de l’Aisne ne voit que l’Aisne, et 403 s’il demande la Somme', async () => {
    const h = await jeton({ departementCode: '02' });
    const res = await get('/api/v1/recrutement/candidatures', h);
    expect(res.statusCode).toBe(200);
    const ids = res.json().data.map((c: { id: string }) => c.id);
    expect(ids).toContain(aisne.candidatureId);
    expect(ids).toContain(aisneEnAttente.candidatureId);
    expect(ids).not.toContain(somme.candidatureId);
    expect(
      res.json().data.every((c: { structure: { departement: string } }) => c.structure.departement === '02'),
    ).toBe(true);
    const hors = await get('/api/v1/recrutement/candidatures?departement=80', h);
    expect(hors.statusCode).toBe(403);
    expect(hors.json()).toMatchObject({ code: 'hors_perimetre' });
    const decisions = await get('/api/v1/recrutement/decisions', h);
    expect(decisions.json().data.map((d: { candidature_id: string }) => d.candidature_id)).toEqual([
      aisne.candidatureId,
    ]);
    expect(decisions.json().data[0]).toMatchObject({
      nature: 'initiale',
      avis: 'POSITIF',
      postes: 2,
      montant_eur: 100_000,
    });
  });

  it('la préfecture de la Somme (session) ne voit que la Somme ; un jeton de structure ne voit que la sienne', async () => {
    const p80 = await get('/api/v1/recrutement/candidatures', await session('prefecture80'));
    expect(p80.statusCode).toBe(200);
    expect(p80.json().data.map((c: { id: string }) => c.id)).toEqual([somme.candidatureId]);
    expect(
      (await get('/api/v1/recrutement/decisions?departement=02', await session('prefecture80'))).statusCode,
    ).toBe(403);
    const s = await get('/api/v1/recrutement/candidatures', await jeton({ structureId: aisne.structureId }));
    expect(s.json().data.map((c: { id: string }) => c.id)).toEqual([aisne.candidatureId]);
    expect(s.json().data[0]).toMatchObject({
      statut: 'VALIDATION_COSELEC',
      postes_attribues: 2,
      structure: { departement: '02' },
    });
    expect(JSON.stringify(s.json())).not.toContain('@');
  });

  it('un jeton national voit tout, filtre par département et statut, et pagine par curseur', async () => {
    const h = await jeton();
    const tout = await get('/api/v1/recrutement/candidatures?limit=500', h);
    const ids = tout.json().data.map((c: { id: string }) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([aisne.candidatureId, somme.candidatureId, aisneEnAttente.candidatureId]),
    );
    const creees = await get('/api/v1/recrutement/candidatures?statut=CREEE', h);
    expect(creees.json().data.map((c: { id: string }) => c.id)).toEqual([aisneEnAttente.candidatureId]);
    const p1 = await get('/api/v1/recrutement/candidatures?limit=1', h);
    expect(p1.json().data).toHaveLength(1);
    const next = p1.json().next_cursor as string;
    expect(next).toBeTruthy();
    const p2 = await get(`/api/v1/recrutement/candidatures?limit=1&cursor=${next}`, h);
    expect(p2.json().data[0].id).not.toBe(p1.json().data[0].id);
    const mauvais = await get('/api/v1/recrutement/candidatures?cursor=bm9uLXV1aWQtZHUtdG91dA', h);
    expect(mauvais.statusCode).toBe(400);
    expect((await get('/api/v1/recrutement/candidatures?statut=INCONNU', h)).statusCode).toBe(400);
  });

  it('figure dans le document OpenAPI', () => {
    const doc = app.swagger() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/recrutement/avancement',
        '/api/v1/recrutement/candidatures',
        '/api/v1/recrutement/decisions',
      ]),
    );
  });
});
