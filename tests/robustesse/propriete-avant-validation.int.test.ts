/**
 * Ownership before validation (issue 9, point 8): a route about one resource (`/…/:id/…`) must first
 * find the resource among those the actor may act on, then read the body. With an id the actor cannot
 * reach (here an unknown one, which the routes answer like another structure's) and an empty or absurd
 * body, the answer is "not found" or "forbidden" — never a form error that tells the id was worth
 * validating, never a write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app.ts';
import { formSession, sessionCookieFor } from '../helpers/auth.ts';

interface Route {
  method: string;
  url: string;
}

let t: TestContext;
const routes: Route[] = [];
beforeAll(async () => {
  t = await createTestApp({}, (app) => {
    app.addHook('onRoute', (r) => {
      for (const method of Array.isArray(r.method) ? r.method : [r.method]) {
        if (method !== 'POST' || !/:[A-Za-z_]+/.test(r.url) || r.url.startsWith('/api/')) continue;
        routes.push({ method, url: r.url });
      }
    });
  });
});
afterAll(() => t.close());

const INCONNU = '00000000-0000-4000-8000-00000000dead';
const PERSONAS = [
  'anct',
  'prefecture02',
  'laon',
  'association',
  'candidat',
  'conseiller',
  'aidant',
  'referent',
];

describe('propriété vérifiée avant la lecture du formulaire', () => {
  it('un identifiant hors de portée donne 404 ou 403, même avec un formulaire vide ou absurde', async () => {
    expect(routes.length).toBeGreaterThan(20);
    const ecarts: string[] = [];
    for (const cle of PERSONAS) {
      const session = await formSession(t, await sessionCookieFor(t, cle), '/');
      for (const route of routes) {
        const url = route.url.replace(/:[A-Za-z_]+/g, INCONNU);
        for (const corps of [{}, { date: 'pas une date', nombre: '-1', motif: '' }]) {
          const res = await t.app.inject({
            method: 'POST',
            url,
            headers: {
              cookie: session.cookie,
              'content-type': 'application/json',
              'x-csrf-token': session.csrf,
            },
            payload: JSON.stringify({ _csrf: session.csrf, ...corps }),
          });
          // 429: a rate-limited route (reporting an error on a place) refuses before anything else.
          if (
            ![401, 403, 404, 429].includes(res.statusCode) &&
            !(res.statusCode === 303 && /connexion/.test(String(res.headers.location)))
          )
            ecarts.push(
              `${cle} POST ${route.url} ${JSON.stringify(corps)} → ${res.statusCode} ${res.headers.location ?? ''}`,
            );
        }
      }
    }
    expect(ecarts, ecarts.join('\n')).toEqual([]);
  });
});
