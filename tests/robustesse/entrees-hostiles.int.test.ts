/**
 * The hostile-input suite (issue 9): walks the application's own route table and sends every route the
 * classes of bad values that gave 500s — a NUL or control character in the path, the query and the body,
 * repeated keys, arrays and objects where text is expected, malformed and deeply nested bodies — as an
 * anonymous visitor and as a signed-in ANCT agent. No answer may be a 5xx, and a refused value is said in
 * French. Bounded: one request per route and class.
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
        if (method === 'HEAD' || method === 'OPTIONS' || r.url.includes('*')) continue;
        routes.push({ method, url: r.url });
      }
    });
  });
});
afterAll(async () => {
  await t.close();
});

const UUID = '00000000-0000-4000-8000-000000000000';
/** A route's path with its parameters filled with `valeur`. */
const remplir = (url: string, valeur: string) => url.replace(/:[A-Za-z_]+/g, valeur);
const ANGLAIS = /Invalid input|expected string|is not a function|Cannot read|undefined|Internal Server Error/;

async function envoyer(
  route: Route,
  cookie: string,
  csrf: string,
  cas: { chemin?: string; query?: string; corps?: unknown; type?: string },
) {
  const url = `${cas.chemin ?? remplir(route.url, UUID)}${cas.query ? `?${cas.query}` : ''}`;
  const avecCorps = route.method !== 'GET' && route.method !== 'DELETE';
  const corps = cas.corps ?? { _csrf: csrf, q: 'a\u0000b' };
  return t.app.inject({
    method: route.method as 'GET',
    url,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(avecCorps ? { 'content-type': cas.type ?? 'application/json', 'x-csrf-token': csrf } : {}),
    },
    ...(avecCorps ? { payload: typeof corps === 'string' ? corps : JSON.stringify(corps) } : {}),
  });
}

describe('entrées hostiles sur toutes les routes', () => {
  it('aucune réponse 5xx, et les refus sont en français', async () => {
    expect(routes.length).toBeGreaterThan(100);
    const anct = await sessionCookieFor(t, 'anct');
    const session = await formSession(t, anct, '/');
    const identites = [
      { nom: 'anonyme', cookie: '', csrf: '' },
      { nom: 'anct', cookie: session.cookie, csrf: session.csrf },
    ];
    const profond = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const echecs: string[] = [];
    for (const id of identites) {
      for (const route of routes) {
        const cas = [
          { nom: 'NUL dans le chemin', chemin: remplir(route.url, '%00') },
          { nom: 'NUL dans la requête', query: 'q=%00&du=%00&departement=%00&page=%00' },
          { nom: 'clés répétées', query: 'q=a&q=b&du=a&du=b&departement=02&departement=80&page=1&page=2' },
          {
            nom: 'tableau au lieu de texte',
            corps: { _csrf: id.csrf, q: ['a', 'b'], nom: { x: 1 }, email: [1] },
          },
          { nom: 'NUL dans le corps', corps: { _csrf: id.csrf, nom: 'a\u0000b', email: 'x\u0000@y.fr' } },
          { nom: 'JSON mal formé', corps: '{"_csrf": "x", "nom": ', type: 'application/json' },
          { nom: 'JSON très imbriqué', corps: profond, type: 'application/json' },
          { nom: 'multipart sans frontière', corps: 'x', type: 'multipart/form-data' },
          {
            nom: 'multipart d’une autre frontière',
            corps: '--autre\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--autre--\r\n',
            type: 'multipart/form-data; boundary=celle-ci',
          },
          {
            nom: 'multipart tronqué',
            corps:
              '--f\r\nContent-Disposition: form-data; name="fichier"; filename="a.csv"\r\n\r\nid;nom\r\n1;a',
            type: 'multipart/form-data; boundary=f',
          },
          {
            nom: 'formulaire avec NUL',
            corps: `_csrf=${encodeURIComponent(id.csrf)}&nom=a%00b`,
            type: 'application/x-www-form-urlencoded',
          },
        ];
        for (const c of cas) {
          if (route.method === 'GET' && ('corps' in c || 'type' in c)) continue;
          const res = await envoyer(route, id.cookie, id.csrf, c);
          if (res.statusCode >= 500)
            echecs.push(`${id.nom} ${route.method} ${route.url} [${c.nom}] → ${res.statusCode}`);
          else if (res.statusCode === 400 && ANGLAIS.test(res.body))
            echecs.push(
              `${id.nom} ${route.method} ${route.url} [${c.nom}] → message anglais : ${res.body.slice(0, 200)}`,
            );
        }
      }
    }
    expect(echecs, echecs.slice(0, 40).join('\n')).toEqual([]);
  }, 600_000);

  it('un caractère de contrôle est refusé en 400 avec un message français, page ou problem+json', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/lieux?q=%00' });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('caractères invisibles non autorisés');
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/communes/%00' });
    expect(api.statusCode).toBe(400);
    expect(api.json()).toMatchObject({ code: 'caractere_controle' });
    const anonyme = await t.app.inject({
      method: 'POST',
      url: '/candidature',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'prenom=a%00b',
    });
    expect(anonyme.statusCode).toBeLessThan(500);
  });

  it('un téléversement anonyme ou d’un autre rôle est refusé avant d’être lu', async () => {
    const corps = `--f\r\nContent-Disposition: form-data; name="fichier"; filename="a.csv"\r\n\r\n${'x'.repeat(2_000_000)}\r\n--f--\r\n`;
    const anonyme = await t.app.inject({
      method: 'POST',
      url: '/admin/lieux/import',
      headers: { 'content-type': 'multipart/form-data; boundary=f' },
      payload: corps,
    });
    expect(anonyme.statusCode).toBe(302);
    expect(anonyme.headers.location).toMatch(/^\/connexion/);
    const structure = await sessionCookieFor(t, 'laon');
    const autre = await t.app.inject({
      method: 'POST',
      url: '/admin/lieux/import',
      headers: { cookie: structure, 'content-type': 'multipart/form-data; boundary=f' },
      payload: corps,
    });
    expect(autre.statusCode).toBe(403);
    expect(autre.body).not.toContain('Le fichier dépasse');
  });
});
