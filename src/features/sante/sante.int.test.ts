import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';

describe('sondes et pages d’erreur', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('répond sur /healthz et /readyz', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ok');
  });

  it('rend la 404 DSFR pour une page inconnue et un problème JSON sur l’API', async () => {
    const page = await t.app.inject('/nexiste/pas');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page non trouvée');
    expect(page.body).toContain('lang="fr"');
    const api = await t.app.inject('/api/v1/nexiste');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.json().code).toBe('introuvable');
  });

  it('refuse un POST sans jeton CSRF', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/', payload: { a: 1 } });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Le formulaire a expiré');
  });

  it('envoie les en-têtes de sécurité', async () => {
    const res = await t.app.inject('/');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});
