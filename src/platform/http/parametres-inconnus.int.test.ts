import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';

describe('paramètres inconnus de l’API', () => {
  let t: TestContext;
  const routes: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({}, (app) => {
      app.addHook('onRoute', (r) => {
        const methodes = Array.isArray(r.method) ? r.method : [r.method];
        const cachee = (r.schema as { hide?: boolean } | undefined)?.hide;
        if (methodes.includes('GET') && r.url.startsWith('/api/') && !cachee) routes.push(r.url);
      });
    });
  });
  afterAll(() => t.close());

  it('chaque route GET de l’API refuse un paramètre qu’elle ne connaît pas, en nommant ceux qu’elle accepte', async () => {
    expect(routes.length).toBeGreaterThan(8);
    for (const route of routes) {
      const url = `${route.replace(/:[A-Za-z_]+/g, '02')}?departemnt=02`;
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      const corps = res.json();
      expect(corps.code, url).toBe('parametre_inconnu');
      expect(corps.detail, url).toMatch(
        /^Paramètre inconnu : « departemnt »\. (Paramètres acceptés : |Cette route n’accepte aucun paramètre\.)/,
      );
      expect(corps.errors, url).toEqual([
        { field: 'departemnt', message: 'Paramètre inconnu de cette route.' },
      ]);
    }
  });

  it('les paramètres documentés passent, et la liste des acceptés est celle du document OpenAPI', async () => {
    expect((await t.app.inject({ url: '/api/v1/lieux?departement=02&limit=5' })).statusCode).toBe(200);
    const res = await t.app.inject({ url: '/api/v1/lieux?departement=02&tri=nom&ordre=asc' });
    expect(res.json().detail).toMatch(
      /^Paramètres inconnus : « tri », « ordre »\. Paramètres acceptés : .*departement/,
    );
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const documentes = (doc.paths['/api/v1/lieux'].get.parameters as { name: string; in: string }[])
      .filter((p) => p.in === 'query')
      .map((p) => p.name)
      .sort();
    const acceptes = res
      .json()
      .detail.split('Paramètres acceptés : ')[1]
      .replace(/\.$/, '')
      .split(', ')
      .sort();
    expect(acceptes).toEqual(documentes);
  });

  it('les pages ne sont pas concernées (un lien partagé garde ses paramètres de suivi)', async () => {
    expect((await t.app.inject({ url: '/lieux?utm_source=courriel' })).statusCode).toBe(200);
  });
});
