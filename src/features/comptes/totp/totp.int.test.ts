import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { getForm, postForm, submitCode, submitLogin } from '../../../../tests/helpers/comptes.ts';
import { evenementsAudit, utilisateurs } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { DEMO_PASSWORD, DEMO_STRUCTURES, DEMO_TOTP_SECRET, persona } from '../demo/personas.ts';
import { totpCodeAt } from '../domain/totp.ts';
import { creerUtilisateur } from '../utilisateurs/creer-utilisateur.ts';

const PASSWORD = 'Mot de passe de test 2021';

describe('double authentification (TOTP)', () => {
  let t: TestContext;
  const later = (s: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + s * 1000);
  };
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('enrôle avec un code QR, confirme par un code, puis le demande à la connexion sans rejeu', async () => {
    const p = persona('laon');
    let { cookie } = await submitLogin(t, p.email, DEMO_PASSWORD);
    const page = await getForm(t, '/compte/2fa', cookie);
    expect(page.res.body).toContain('Non activée');
    const prep = await postForm(t, '/compte/2fa/preparer', page.cookie, { _csrf: page.csrf });
    expect(prep.res.headers.location).toBe('/compte/2fa');
    const enrol = await getForm(t, '/compte/2fa', prep.cookie);
    expect(enrol.res.body).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/);
    const svg = Buffer.from(enrol.res.body.match(/base64,([A-Za-z0-9+/=]+)"/)![1]!, 'base64').toString();
    expect(svg).toContain('<svg');
    const secret = enrol.res.body.match(/class="maillage-secret">([A-Z2-7 ]+)</)![1]!.replace(/ /g, '');
    expect(secret).toHaveLength(32);
    cookie = enrol.cookie;

    const wrong = await postForm(t, '/compte/2fa/activer', cookie, { _csrf: enrol.csrf, code: '000000' });
    expect(wrong.res.statusCode).toBe(422);
    expect(wrong.res.body).toContain('Ce code est incorrect ou a expiré.');
    const code = totpCodeAt(secret, t.clock.now);
    const ok = await postForm(t, '/compte/2fa/activer', cookie, { _csrf: enrol.csrf, code });
    expect(ok.res.statusCode).toBe(303);
    const [row] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, p.id));
    expect(row!.totpActiveLe).not.toBeNull();
    const compte = await t.app.inject({ url: '/compte', headers: { cookie: ok.cookie } });
    expect(compte.body).toContain('Activée');

    // Next login: the code is asked before anything else.
    const login = await submitLogin(t, p.email, DEMO_PASSWORD);
    expect(login.res.headers.location).toBe('/connexion/code');
    const blocked = await t.app.inject({ url: '/espace', headers: { cookie: login.cookie } });
    expect(blocked.headers.location).toBe('/connexion/code');
    // The code used at activation cannot be used again.
    const replay = await submitCode(t, login.cookie, code);
    expect(replay.res.statusCode).toBe(422);
    expect(replay.res.body).toContain('Ce code a déjà été utilisé.');
    later(30);
    const next = totpCodeAt(secret, t.clock.now);
    const accepted = await submitCode(t, login.cookie, next);
    expect(accepted.res.statusCode).toBe(303);
    expect(accepted.res.headers.location).toBe('/espace');
    // A new session id after the second factor; the pre-code one is gone.
    expect(accepted.cookie).not.toBe(login.cookie);
    expect((await t.app.inject({ url: '/espace', headers: { cookie: accepted.cookie } })).statusCode).toBe(
      200,
    );
    expect((await t.app.inject({ url: '/espace', headers: { cookie: login.cookie } })).statusCode).toBe(302);

    // Same code on another login within its window: refused.
    const other = await submitLogin(t, p.email, DEMO_PASSWORD);
    expect((await submitCode(t, other.cookie, next)).res.statusCode).toBe(422);

    // Turning it off needs the password and a fresh code.
    later(30);
    const off = await getForm(t, '/compte/2fa', accepted.cookie);
    const bad = await postForm(t, '/compte/2fa/desactiver', off.cookie, {
      _csrf: off.csrf,
      motDePasse: 'mauvais',
      code: totpCodeAt(secret, t.clock.now),
    });
    expect(bad.res.body).toContain('Mot de passe incorrect.');
    const done = await postForm(t, '/compte/2fa/desactiver', off.cookie, {
      _csrf: off.csrf,
      motDePasse: DEMO_PASSWORD,
      code: totpCodeAt(secret, t.clock.now),
    });
    expect(done.res.statusCode).toBe(303);
    const [after] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, p.id));
    expect(after!.totpActiveLe).toBeNull();
    expect(after!.totpSecret).toBeNull();
    const actions = (
      await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, p.id))
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'deux_facteurs.active',
        'connexion.code_refuse',
        'connexion.code_accepte',
        'deux_facteurs.desactive',
      ]),
    );
  });

  it('envoie un aidant sans double authentification vers l’enrôlement obligatoire', async () => {
    const created = await creerUtilisateur(systemContext(t.deps), {
      email: 'nouvel.aidant@exemple.fr',
      prenom: 'Nouvel',
      nom: 'Aidant',
      role: 'aidant',
      structure: DEMO_STRUCTURES.association.id,
      motDePasse: PASSWORD,
    });
    expect(created.ok).toBe(true);
    const login = await submitLogin(t, 'nouvel.aidant@exemple.fr', PASSWORD);
    expect(login.res.headers.location).toBe('/compte/2fa?obligatoire=1');
    const espace = await t.app.inject({ url: '/espace', headers: { cookie: login.cookie } });
    expect(espace.headers.location).toBe('/compte/2fa?obligatoire=1');
    const page = await getForm(t, '/compte/2fa?obligatoire=1', login.cookie);
    expect(page.res.body).toContain('Étape obligatoire');
    const prep = await postForm(t, '/compte/2fa/preparer', page.cookie, {
      _csrf: page.csrf,
      obligatoire: '1',
    });
    expect(prep.res.headers.location).toBe('/compte/2fa?obligatoire=1');
    const enrol = await getForm(t, '/compte/2fa?obligatoire=1', prep.cookie);
    const secret = enrol.res.body.match(/class="maillage-secret">([A-Z2-7 ]+)</)![1]!.replace(/ /g, '');
    const done = await postForm(t, '/compte/2fa/activer', enrol.cookie, {
      _csrf: enrol.csrf,
      obligatoire: '1',
      code: totpCodeAt(secret, t.clock.now),
    });
    expect(done.res.headers.location).toBe('/espace');
    // The enrolment verified this session: the aidant's home opens.
    const home = await t.app.inject({ url: '/espace', headers: { cookie: done.cookie } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Association Amiens Numérique Solidaire');
  });

  it('bloque le code après 5 erreurs', async () => {
    const p = persona('aidant');
    const login = await submitLogin(t, p.email, DEMO_PASSWORD);
    expect(login.res.headers.location).toBe('/connexion/code');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await submitCode(t, login.cookie, '000000')).res.statusCode);
    expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
    const locked = await submitCode(t, login.cookie, totpCodeAt(DEMO_TOTP_SECRET, t.clock.now));
    expect(locked.res.statusCode).toBe(429);
    expect(locked.res.body).toContain('Trop de codes incorrects');
  });

  it('montre le code courant des comptes de démonstration, en mode démo seulement', async () => {
    const login = await submitLogin(t, persona('referent').email, DEMO_PASSWORD);
    const page = await t.app.inject({ url: '/connexion/code', headers: { cookie: login.cookie } });
    expect(page.body).toContain(
      `le code actuel de ce compte est <code>${totpCodeAt(DEMO_TOTP_SECRET, t.clock.now)}</code>`,
    );
  });
});
