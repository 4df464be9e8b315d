/**
 * Fingerprint of what the platform answers, for refactorings that must not change behaviour: the OpenAPI
 * document, then every GET route without parameters as each demo persona (status, location, a hash of the
 * body with its CSRF tokens and session-dependent values removed). Run before and after, then diff.
 * Usage: node --import tsx tests/outils/empreinte-pages.ts > empreinte.txt
 */
import { createHash } from 'node:crypto';
import { PERSONAS } from '../../src/features/comptes/demo/personas.ts';
import { createTestApp } from '../helpers/app.ts';
import { sessionCookieFor } from '../helpers/auth.ts';

const routes: string[] = [];
const t = await createTestApp({}, (app) => {
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    if (methods.includes('GET') && !r.url.includes(':') && !r.url.includes('*')) routes.push(r.url);
  });
});
t.clock.now = new Date('2021-06-15T10:00:00Z');
const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
console.log(`openapi ${res.statusCode} ${createHash('sha256').update(res.body).digest('hex')}`);
console.log(JSON.stringify(JSON.parse(res.body), null, 1));

const normaliser = (body: string) =>
  body
    .replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value=""')
    .replace(/content="[A-Za-z0-9_-]{20,}"/g, 'content=""');
const identites: { nom: string; cookie: string }[] = [{ nom: 'anonyme', cookie: '' }];
for (const p of PERSONAS)
  for (const m of p.memberships)
    identites.push({
      nom: `${p.key}/${m.role}`,
      cookie: await sessionCookieFor(t, p.key, { membership: m.id }),
    });
for (const url of [...new Set(routes)].sort()) {
  if (url.startsWith('/dsfr/') || url.startsWith('/static/')) continue;
  for (const id of identites) {
    const r = await t.app.inject({ method: 'GET', url, headers: id.cookie ? { cookie: id.cookie } : {} });
    const h = createHash('sha256').update(normaliser(r.body)).digest('hex').slice(0, 12);
    console.log(`${url}\t${id.nom}\t${r.statusCode}\t${r.headers.location ?? ''}\t${h}`);
  }
}
await t.close();
