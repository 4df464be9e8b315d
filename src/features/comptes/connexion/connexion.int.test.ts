import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { getForm, loginPersona, postForm, submitLogin } from '../../../../tests/helpers/comptes.ts';
import { evenementsAudit, utilisateurs } from '../../../db/schema/index.ts';
import { DEMO_PASSWORD, PERSONAS, persona } from '../demo/personas.ts';

/** What each persona's home must show: its role and scope, from real data. */
const HOMES: Record<string, string[]> = {
  anct: ['ANCT (national)', 'comptes actifs', 'Rôles attribués aux comptes actifs'],
  prefecture02: ['Préfecture', 'Aisne (02), Hauts-de-France', 'Commune de Laon', 'intercommunalités (EPCI)'],
  prefecture80: ['Préfecture', 'Somme (80)', 'Association Amiens Numérique Solidaire'],
  laon: ['Votre structure', 'Commune de Laon', '21020387300018', 'Laon (02408)', 'Léa Petit'],
  epci: ['Communauté d’agglomération du Pays de Laon', '20004349500015'],
  association: ['Association Amiens Numérique Solidaire', '44306184100047', 'Amiens (80021)', 'Thomas Roux'],
  candidat: ['Votre compte de candidat', 'candidat@demo.maillage.fr'],
  conseiller: ['Conseiller numérique', 'La structure dans laquelle vous exercez', 'Commune de Laon'],
  aidant: ['Aidant', 'Association Amiens Numérique Solidaire'],
  referent: ['Structure', 'Association Amiens Numérique Solidaire', 'Fatou Diallo'],
};

describe('connexion par adresse et mot de passe', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('liste les personas avec le mot de passe partagé en mode démo', async () => {
    const res = await t.app.inject('/connexion');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Se connecter à Maillage</h1>');
    expect(res.body).toContain(DEMO_PASSWORD);
    for (const p of PERSONAS) expect(res.body).toContain(p.email);
    expect(res.body).not.toContain('ProConnect');
  });

  it.each(PERSONAS.map((p) => p.key))(
    '%s se connecte par le formulaire et arrive sur son espace',
    async (key) => {
      const { res, cookie } = await loginPersona(t, key);
      expect(res.headers.location).toBe('/espace');
      const home = await t.app.inject({ url: '/espace', headers: { cookie } });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain(`Bonjour ${persona(key).prenom}`);
      for (const text of HOMES[key]!) expect(home.body).toContain(text);
    },
  );

  it('accepte l’adresse quelle que soit la casse et met à jour la dernière connexion', async () => {
    const p = persona('epci');
    const { res } = await submitLogin(t, '  EPCI@Demo.Maillage.FR ', DEMO_PASSWORD);
    expect(res.statusCode).toBe(303);
    const [row] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, p.id));
    expect(row!.derniereConnexionLe?.getTime()).toBe(t.clock.now.getTime());
  });

  it('refuse un mauvais mot de passe avec un message français qui ne révèle pas le compte', async () => {
    const wrong = await submitLogin(t, persona('laon').email, 'pas-le-bon-mot-de-passe');
    const unknown = await submitLogin(t, 'personne@exemple.fr', 'pas-le-bon-mot-de-passe');
    for (const { res } of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('Adresse électronique ou mot de passe incorrect.');
      expect(res.headers['set-cookie']?.toString() ?? '').not.toContain('maillage_session=');
    }
    // Same page but the e-mail typed back: nothing else differs.
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '');
    expect(strip(wrong.res.body)).toBe(strip(unknown.res.body));
    const events = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'connexion.echec'));
    expect(events.map((e) => e.details?.email)).toEqual(
      expect.arrayContaining([persona('laon').email, 'personne@exemple.fr']),
    );
  });

  it('signale les champs vides avec un résumé d’erreurs', async () => {
    const { res } = await submitLogin(t, '', '');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Saisissez votre adresse électronique.');
    expect(res.body).toContain('Saisissez votre mot de passe.');
    expect(res.body).toContain('href="#champ-email"');
  });

  it('pose un cookie de session HttpOnly, SameSite=Lax, sur tout le site, et jamais l’identifiant d’avant', async () => {
    const before = await sessionCookieFor(t, 'anct');
    const { res, cookie } = await submitLogin(t, persona('laon').email, DEMO_PASSWORD, { cookie: before });
    const session = res.cookies.find((c) => c.name === 'maillage_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(session.path).toBe('/');
    expect(session.secure).toBeFalsy();
    expect(`maillage_session=${session.value}`).not.toBe(before);
    // The identifier sent before login no longer opens anything.
    const old = await t.app.inject({ url: '/espace', headers: { cookie: before } });
    expect(old.statusCode).toBe(302);
    expect(old.headers.location).toBe('/connexion?retour=%2Fespace');
    const now = await t.app.inject({ url: '/espace', headers: { cookie } });
    expect(now.body).toContain('Commune de Laon');
  });

  it('renvoie vers la page demandée, jamais vers un autre site', async () => {
    const toCompte = await submitLogin(t, persona('laon').email, DEMO_PASSWORD, { retour: '/compte' });
    expect(toCompte.res.headers.location).toBe('/compte');
    const away = await submitLogin(t, persona('laon').email, DEMO_PASSWORD, { retour: '//exemple.com/x' });
    expect(away.res.headers.location).toBe('/espace');
    const guarded = await t.app.inject('/compte');
    expect(guarded.headers.location).toBe('/connexion?retour=%2Fcompte');
  });

  it('refuse les formulaires sans jeton CSRF', async () => {
    const { cookie } = await loginPersona(t, 'laon');
    const login = await postForm(t, '/connexion', '', {
      email: persona('laon').email,
      motDePasse: DEMO_PASSWORD,
    });
    expect(login.res.statusCode).toBe(403);
    expect(login.res.body).toContain('Le formulaire a expiré');
    for (const url of ['/deconnexion', '/compte/role', '/compte/profil', '/compte/mot-de-passe']) {
      const res = await postForm(t, url, cookie, { adhesion: persona('laon').memberships[0]!.id });
      expect(res.res.statusCode, url).toBe(403);
    }
    // Still signed in: the refused logout did nothing.
    expect((await t.app.inject({ url: '/espace', headers: { cookie } })).statusCode).toBe(200);
  });

  it('déconnecte : la session est détruite et l’événement journalisé', async () => {
    const { cookie } = await loginPersona(t, 'candidat');
    const page = await getForm(t, '/espace', cookie);
    const out = await postForm(t, '/deconnexion', page.cookie, { _csrf: page.csrf });
    expect(out.res.statusCode).toBe(303);
    expect(out.res.headers.location).toBe('/');
    const cleared = out.res.cookies.find((c) => c.name === 'maillage_session');
    expect(cleared?.value).toBe('');
    const again = await t.app.inject({ url: '/espace', headers: { cookie } });
    expect(again.statusCode).toBe(302);
    const [event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(
        and(eq(evenementsAudit.action, 'deconnexion'), eq(evenementsAudit.acteurId, persona('candidat').id)),
      );
    expect(event?.acteurRole).toBe('candidat:national');
  });

  it('refuse un compte désactivé', async () => {
    const p = persona('epci');
    await t.deps.db.update(utilisateurs).set({ actif: false }).where(eq(utilisateurs.id, p.id));
    const { res } = await submitLogin(t, p.email, DEMO_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Ce compte a été désactivé');
    await t.deps.db.update(utilisateurs).set({ actif: true }).where(eq(utilisateurs.id, p.id));
  });
});

describe('expiration des sessions', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('ferme une session inactive depuis 2 heures', async () => {
    const { cookie } = await loginPersona(t, 'laon');
    t.clock.now = new Date(t.clock.now.getTime() + 119 * 60_000);
    expect((await t.app.inject({ url: '/espace', headers: { cookie } })).statusCode).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 121 * 60_000);
    const res = await t.app.inject({ url: '/espace', headers: { cookie } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toContain('/connexion');
  });

  it('ferme une session 12 heures après la connexion, même active', async () => {
    const { cookie } = await loginPersona(t, 'laon');
    for (let i = 0; i < 11; i++) {
      t.clock.now = new Date(t.clock.now.getTime() + 60 * 60_000);
      expect((await t.app.inject({ url: '/espace', headers: { cookie } })).statusCode).toBe(200);
    }
    t.clock.now = new Date(t.clock.now.getTime() + 61 * 60_000);
    expect((await t.app.inject({ url: '/espace', headers: { cookie } })).statusCode).toBe(302);
  });
});
