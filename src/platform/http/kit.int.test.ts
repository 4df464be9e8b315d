import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiesOf, createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { jetonsApi } from '../../db/schema/index.ts';
import { hashToken } from '../auth/tokens.ts';
import { contexteRequete } from './contexte.ts';
import { exigerPorteeJeton } from './guards.ts';
import { redirigerAvecMessage, repondreEchec, repondreIntrouvable } from './reponses.tsx';

function routesDeTest(app: FastifyInstance) {
  app.post('/essai/avec-csrf', async () => ({ ok: true }));
  app.post('/essai/sans-csrf', { config: { csrf: false } }, async () => ({ ok: true }));
  app.get(
    '/essai/csp',
    { config: { csp: { defaultSrc: ["'self'"], formAction: ["'self'", 'https://rp.example.fr'] } } },
    async () => 'ok',
  );
  app.get('/essai/introuvable', (request, reply) => repondreIntrouvable(request, reply));
  app.get('/api/v1/essai/introuvable', (request, reply) =>
    repondreIntrouvable(request, reply, 'Mandat inconnu.'),
  );
  app.get('/essai/echec', (request, reply) =>
    repondreEchec(request, reply, {
      status: 409,
      code: 'conflit',
      titre: 'Déjà fait',
      message: 'Ce mandat est déjà révoqué.',
    }),
  );
  app.get('/essai/prg', (_request, reply) =>
    redirigerAvecMessage(reply, '/plan-du-site', 'Mandat enregistré.'),
  );
  app.get('/api/v1/essai/contexte', (request) => {
    const ctx = contexteRequete(request);
    return {
      acteur: ctx.actor?.kind ?? null,
      ip: ctx.ip,
      maintenant: ctx.now.toISOString(),
      transaction: ctx.db === t.deps.db,
    };
  });
  app.get('/api/v1/essai/lecture', { preHandler: exigerPorteeJeton('essai:lecture') }, async () => ({
    ok: true,
  }));
}

let t: TestContext;
const JETON_AVEC = `mlg_${'a'.repeat(43)}`;
const JETON_SANS = `mlg_${'b'.repeat(43)}`;
beforeAll(async () => {
  t = await createTestApp({}, routesDeTest);
  await t.deps.db.insert(jetonsApi).values([
    { nom: 'Avec', prefixe: 'mlg_aaaa', hash: hashToken(JETON_AVEC), portees: ['essai:lecture'] },
    { nom: 'Sans', prefixe: 'mlg_bbbb', hash: hashToken(JETON_SANS), portees: ['lecture'] },
  ]);
});
afterAll(() => t.close());

describe('kit HTTP de la plateforme', () => {
  it('CSRF partout par défaut, sauf sur une route qui s’en retire explicitement', async () => {
    const refuse = await t.app.inject({ method: 'POST', url: '/essai/avec-csrf', payload: {} });
    expect(refuse.statusCode).toBe(403);
    expect(refuse.body).toContain('Le formulaire a expiré');
    // A valid token in the query string is refused too (URLs leak into logs and Referer headers).
    const page = await t.app.inject({ url: '/connexion' });
    const jeton = page.body.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const cookie = cookiesOf(page);
    const parCorps = await t.app.inject({
      method: 'POST',
      url: '/essai/avec-csrf',
      headers: { cookie },
      payload: { _csrf: jeton },
    });
    expect(parCorps.statusCode).toBe(200);
    const parUrl = await t.app.inject({
      method: 'POST',
      url: `/essai/avec-csrf?_csrf=${encodeURIComponent(jeton)}`,
      headers: { cookie },
      payload: {},
    });
    expect(parUrl.statusCode).toBe(403);
    const repete = await t.app.inject({
      method: 'POST',
      url: '/essai/avec-csrf',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(jeton)}&_csrf=x`,
    });
    expect(repete.statusCode).toBe(403);
    const permis = await t.app.inject({ method: 'POST', url: '/essai/sans-csrf', payload: {} });
    expect(permis.statusCode).toBe(200);
  });

  it('une route peut remplacer la politique de sécurité du contenu ; les autres gardent celle de la plateforme', async () => {
    const propre = await t.app.inject({ url: '/essai/csp' });
    expect(propre.headers['content-security-policy']).toBe(
      "default-src 'self'; form-action 'self' https://rp.example.fr",
    );
    const commune = await t.app.inject({ url: '/plan-du-site' });
    expect(commune.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(commune.headers['content-security-policy']).toContain("form-action 'self'");
  });

  it('page introuvable en DSFR pour les personnes, problem+json sur l’API', async () => {
    const page = await t.app.inject({ url: '/essai/introuvable' });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page non trouvée');
    const api = await t.app.inject({ url: '/api/v1/essai/introuvable' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.json()).toMatchObject({ code: 'introuvable', detail: 'Mandat inconnu.' });
    const echec = await t.app.inject({ url: '/essai/echec' });
    expect(echec.statusCode).toBe(409);
    expect(echec.body).toContain('Ce mandat est déjà révoqué.');
  });

  it('post/redirect/get : le message s’affiche une fois sur la page suivante', async () => {
    const res = await t.app.inject({ url: '/essai/prg' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/plan-du-site');
    const cookie = cookiesOf(res);
    const suivante = await t.app.inject({ url: '/plan-du-site', headers: { cookie } });
    expect(suivante.body).toContain('Mandat enregistré.');
    const encore = await t.app.inject({
      url: '/plan-du-site',
      headers: { cookie: cookiesOf(suivante, cookie) },
    });
    expect(encore.body).not.toContain('Mandat enregistré.');
  });

  it('le contexte d’un cas d’usage porte l’appelant, son adresse et une lecture de l’horloge', async () => {
    const anonyme = await t.app.inject({
      method: 'GET',
      url: '/api/v1/essai/contexte',
      remoteAddress: '192.0.2.7',
    });
    expect(anonyme.json()).toEqual({
      acteur: null,
      ip: '192.0.2.7',
      maintenant: t.deps.now().toISOString(),
      transaction: true,
    });
    const jeton = await t.app.inject({
      method: 'GET',
      url: '/api/v1/essai/contexte',
      headers: { authorization: `Bearer ${JETON_AVEC}` },
    });
    expect(jeton.json().acteur).toBe('api');
  });

  it('garde d’API : jeton avec la portée, sans la portée, sans jeton', async () => {
    const ok = await t.app.inject({
      url: '/api/v1/essai/lecture',
      headers: { authorization: `Bearer ${JETON_AVEC}` },
    });
    expect(ok.statusCode).toBe(200);
    const sans = await t.app.inject({
      url: '/api/v1/essai/lecture',
      headers: { authorization: `Bearer ${JETON_SANS}` },
    });
    expect(sans.statusCode).toBe(403);
    expect(sans.json()).toMatchObject({ code: 'portee_manquante' });
    const anonyme = await t.app.inject({ url: '/api/v1/essai/lecture' });
    expect(anonyme.statusCode).toBe(401);
    expect(anonyme.json()).toMatchObject({ code: 'authentification_requise' });
  });
});
