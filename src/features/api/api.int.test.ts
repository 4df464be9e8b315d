import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validate } from '@scalar/openapi-parser';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../tests/helpers/auth.ts';
import { createTestDatabase } from '../../../tests/helpers/db.ts';
import { createMemoryMailer } from '../../../tests/helpers/mailer.ts';
import { loadConfig } from '../../config/env.ts';
import { evenementsAudit, jetonsApi } from '../../db/schema/index.ts';
import { buildApp } from '../../platform/http/app.tsx';
import { registre } from '../index.ts';

describe('document OpenAPI et documentation', () => {
  const routes: { method: string; url: string }[] = [];
  let app: FastifyInstance;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    const config = loadConfig({
      MODE: 'demo',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'maillage-test-')),
      LOG_LEVEL: 'silent',
      JOBS: 'off',
    });
    // A first "feature" that records every route registered after it: all the features' routes.
    const collect = (a: FastifyInstance) => {
      a.addHook('onRoute', (r) => {
        for (const method of ([] as string[]).concat(r.method)) routes.push({ method, url: r.url });
      });
    };
    app = await buildApp(
      {
        config,
        db: database.db,
        engine: database.engine,
        mailer: createMemoryMailer(),
        now: () => new Date(),
        registry: registre(),
      },
      [collect],
    );
    await app.ready();
    close = async () => {
      await app.close();
      await database.close();
    };
  });
  afterAll(() => close());

  it('sert un document OpenAPI 3.1 valide, avec le schéma de sécurité bearer', async () => {
    const res = await app.inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.jeton).toMatchObject({ type: 'http', scheme: 'bearer' });
    const result = await validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const moi = doc.paths['/api/v1/moi'].get;
    expect(moi.security).toEqual([{ jeton: [] }]);
    expect(moi.responses['401'].content['application/problem+json']).toBeDefined();
    expect(moi.responses['401'].description).toBe('Authentification requise ou jeton invalide');
  });

  it('liste chaque route /api/v1 enregistrée (hors documentation elle-même)', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json();
    const documented = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(item)) documented.add(`${method.toUpperCase()} ${p}`);
    }
    const expected = routes
      .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD')
      .filter((r) => r.url !== '/api/v1/openapi.json' && r.url !== '/api/v1/docs')
      .map((r) => `${r.method} ${r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(expected).toContain('GET /api/v1/moi');
    const missing = expected.filter((e) => !documented.has(e));
    expect(missing).toEqual([]);
  });

  it('rend une page de documentation lisible à partir du document', async () => {
    const res = await app.inject('/api/v1/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    expect(html).toContain('<h1>Documentation de l’API</h1>');
    expect(html).toContain('<code>/api/v1/moi</code>');
    expect(html).toContain('Qui suis-je ?');
    expect(html).toContain('<code>/api/v1/communes</code>');
    expect(html).toContain('Rechercher une commune');
    expect(html).toMatch(/<code>q<\/code><\/td><td>requête<\/td><td>oui<\/td>/);
    expect(html).toContain('&quot;code&quot;: &quot;02408&quot;');
    expect(html).toContain('jeton_invalide');
    expect(html).toContain('Authorization: Bearer mlg_');
    expect(html).toContain('recrutement:lecture');
    expect(html).toContain('Jeton d’API requis.');
  });
});

describe('jetons d’API et /api/v1/moi', () => {
  let t: TestContext;
  let anct: string;
  beforeAll(async () => {
    t = await createTestApp();
    anct = await sessionCookieFor(t, 'anct');
  });
  afterAll(() => t.close());

  async function post(url: string, data: [string, string][], cookie = anct) {
    const s = await formSession(t, cookie, '/admin/jetons-api');
    return t.app.inject({
      method: 'POST',
      url,
      payload: new URLSearchParams([['_csrf', s.csrf], ...data]).toString(),
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
  const moi = (token?: string) =>
    t.app.inject({ url: '/api/v1/moi', headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('répond 401 problem+json sans jeton, ou avec un jeton inconnu', async () => {
    const none = await moi();
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect(none.json().code).toBe('authentification_requise');
    for (const bad of ['mlg_inconnu0000000000000000000000000000000000', 'pas-un-jeton']) {
      const res = await moi(bad);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'jeton_invalide', status: 401 });
    }
  });

  it('décrit la personne connectée par session', async () => {
    const res = await t.app.inject({
      url: '/api/v1/moi',
      headers: { cookie: await sessionCookieFor(t, 'prefecture02') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      type: 'utilisateur',
      email: 'prefecture-aisne@demo.maillage.fr',
      role_actif: { role: 'prefecture', departement: '02', structure_id: null },
    });
  });

  it('refuse les pages des jetons à une structure', async () => {
    const laon = await sessionCookieFor(t, 'laon');
    expect((await t.app.inject({ url: '/admin/jetons-api', headers: { cookie: laon } })).statusCode).toBe(
      403,
    );
  });

  it('valide le formulaire de création', async () => {
    const none = await post('/admin/jetons-api', [['nom', 'Client']]);
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Choisissez au moins une portée');
    const unknown = await post('/admin/jetons-api', [
      ['nom', 'Client'],
      ['portees', 'administration'],
    ]);
    expect(unknown.statusCode).toBe(422);
    const both = await post('/admin/jetons-api', [
      ['nom', 'Client'],
      ['portees', 'lecture'],
      ['departement', '02'],
      ['structure_recherche', '21020387300018'],
    ]);
    expect(both.statusCode).toBe(422);
    expect(both.body).toContain('pas aux deux');
    expect(await t.deps.db.select().from(jetonsApi)).toHaveLength(0);
  });

  it('crée un jeton montré une fois, stocké haché, utilisable, daté à l’usage, puis révoqué', async () => {
    const created = await post('/admin/jetons-api', [
      ['nom', 'Cartographie nationale'],
      ['portees', 'lieux:ecriture'],
      ['portees', 'lecture'],
      ['departement', '02'],
    ]);
    expect(created.statusCode).toBe(201);
    const token = created.body.match(/value="(mlg_[A-Za-z0-9_-]{43})"/)![1]!;
    const [row] = await t.deps.db.select().from(jetonsApi);
    expect(row!.prefixe).toBe(token.slice(0, 12));
    expect(row!.hash).not.toContain(token.slice(4));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.portees).toEqual(['lecture', 'lieux:ecriture']);
    expect(row!.derniereUtilisationLe).toBeNull();
    const [created_event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'jeton_api.cree'));
    expect(created_event!.entiteId).toBe(row!.id);
    expect(JSON.stringify(created_event!.details)).not.toContain(token);

    const list = await t.app.inject({ url: '/admin/jetons-api', headers: { cookie: anct } });
    expect(list.body).toContain(`${token.slice(0, 12)}…`);
    expect(list.body).not.toContain(token);
    expect(list.body).toContain('Département 02');

    t.clock.now = new Date('2021-04-01T08:00:00Z');
    const ok = await moi(token);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      type: 'jeton',
      id: row!.id,
      nom: 'Cartographie nationale',
      portees: ['lecture', 'lieux:ecriture'],
      departement: '02',
      structure_id: null,
    });
    const used = async () =>
      (await t.deps.db.select().from(jetonsApi).where(eq(jetonsApi.id, row!.id)))[0]!.derniereUtilisationLe;
    expect(await used()).toEqual(new Date('2021-04-01T08:00:00Z'));
    t.clock.now = new Date('2021-04-01T08:05:00Z');
    await moi(token);
    expect(await used()).toEqual(new Date('2021-04-01T08:05:00Z'));
    const listed = await t.app.inject({ url: '/admin/jetons-api', headers: { cookie: anct } });
    expect(listed.body).toContain('1er avril 2021 à 10:05');

    const revoked = await post(`/admin/jetons-api/${row!.id}/revoquer`, []);
    expect(revoked.statusCode).toBe(303);
    const after = await moi(token);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('jeton_invalide');
    const again = await post(`/admin/jetons-api/${row!.id}/revoquer`, []);
    expect(again.statusCode).toBe(303);
    const events = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'jeton_api.revoque'));
    expect(events).toHaveLength(1);
    const page = await t.app.inject({ url: '/admin/jetons-api', headers: { cookie: anct } });
    expect(page.body).toContain('Révoqué');
  });

  it('limite un jeton à une structure trouvée par son SIRET', async () => {
    const res = await post('/admin/jetons-api', [
      ['nom', 'Logiciel de Laon'],
      ['portees', 'lieux:ecriture'],
      ['structure_recherche', '21020387300018'],
    ]);
    expect(res.statusCode).toBe(201);
    const token = res.body.match(/value="(mlg_[A-Za-z0-9_-]{43})"/)![1]!;
    expect((await moi(token)).json()).toMatchObject({
      structure_id: '00000000-0000-4000-8000-000000000101',
      departement: null,
    });
  });
});
