import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { getForm, loginPersona, postForm, submitLogin } from '../../../../tests/helpers/comptes.ts';
import { evenementsAudit, utilisateurs } from '../../../db/schema/index.ts';
import { DEMO_PASSWORD, persona } from '../demo/personas.ts';

describe('Mon compte', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('montre le profil, les rôles et l’état de la double authentification', async () => {
    const { cookie } = await loginPersona(t, 'referent');
    const res = await t.app.inject({ url: '/compte', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Mon compte</h1>');
    expect(res.body).toContain('value="Fatou"');
    expect(res.body).toContain('Aidant (référent)');
    expect(res.body).toContain('Rôle actif');
    expect(res.body).toContain('Activée');
    expect(res.body).not.toContain('JBSWY3DP');
  });

  it('modifie le nom ; changer d’adresse demande le mot de passe et une adresse libre', async () => {
    const p = persona('candidat');
    const page = await getForm(t, '/compte', (await loginPersona(t, 'candidat')).cookie);
    const base = { _csrf: page.csrf, prenom: 'Karim', nom: 'Benali-Durand' };
    const renamed = await postForm(t, '/compte/profil', page.cookie, { ...base, email: p.email });
    expect(renamed.res.statusCode).toBe(303);
    const [row] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, p.id));
    expect(row!.nom).toBe('Benali-Durand');

    const noPassword = await postForm(t, '/compte/profil', page.cookie, {
      ...base,
      email: 'karim@exemple.fr',
    });
    expect(noPassword.res.statusCode).toBe(400);
    expect(noPassword.res.body).toContain('Saisissez votre mot de passe actuel pour changer d’adresse');
    const taken = await postForm(t, '/compte/profil', page.cookie, {
      ...base,
      email: persona('laon').email.toUpperCase(),
      motDePasseActuel: DEMO_PASSWORD,
    });
    expect(taken.res.statusCode).toBe(409);
    expect(taken.res.body).toContain('Cette adresse électronique est déjà utilisée par un autre compte.');
    const empty = await postForm(t, '/compte/profil', page.cookie, {
      _csrf: page.csrf,
      prenom: '',
      nom: '',
      email: '',
    });
    expect(empty.res.statusCode).toBe(400);
    expect(empty.res.body).toContain('Saisissez votre prénom.');

    t.mailer.sent.length = 0;
    const moved = await postForm(t, '/compte/profil', page.cookie, {
      ...base,
      email: 'karim.benali@exemple.fr',
      motDePasseActuel: DEMO_PASSWORD,
    });
    expect(moved.res.statusCode).toBe(303);
    expect(t.mailer.sent[0]?.to).toBe(p.email);
    expect(t.mailer.sent[0]?.text).toContain('karim.benali@exemple.fr');
    expect((await submitLogin(t, 'Karim.Benali@exemple.fr', DEMO_PASSWORD)).res.statusCode).toBe(303);
    expect((await submitLogin(t, p.email, DEMO_PASSWORD)).res.statusCode).toBe(401);
  });

  it('change le mot de passe avec l’actuel et ferme les autres sessions', async () => {
    const p = persona('epci');
    const other = await sessionCookieFor(t, 'epci');
    const page = await getForm(t, '/compte', (await loginPersona(t, 'epci')).cookie);
    const wrong = await postForm(t, '/compte/mot-de-passe', page.cookie, {
      _csrf: page.csrf,
      motDePasseActuel: 'faux',
      nouveauMotDePasse: 'Nouvelle phrase secrète 2021',
      confirmation: 'Nouvelle phrase secrète 2021',
    });
    expect(wrong.res.statusCode).toBe(422);
    expect(wrong.res.body).toContain('Mot de passe actuel incorrect.');
    const weak = await postForm(t, '/compte/mot-de-passe', page.cookie, {
      _csrf: page.csrf,
      motDePasseActuel: DEMO_PASSWORD,
      nouveauMotDePasse: 'aaaaaaaaaaaaaaa',
      confirmation: 'aaaaaaaaaaaaaaa',
    });
    expect(weak.res.body).toContain('trop répétitif');
    const done = await postForm(t, '/compte/mot-de-passe', page.cookie, {
      _csrf: page.csrf,
      motDePasseActuel: DEMO_PASSWORD,
      nouveauMotDePasse: 'Nouvelle phrase secrète 2021',
      confirmation: 'Nouvelle phrase secrète 2021',
    });
    expect(done.res.statusCode).toBe(303);
    expect((await t.app.inject({ url: '/compte', headers: { cookie: page.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/compte', headers: { cookie: other } })).statusCode).toBe(302);
    expect((await submitLogin(t, p.email, 'Nouvelle phrase secrète 2021')).res.statusCode).toBe(303);
  });

  it('la référente passe de son rôle de structure à son rôle d’aidante', async () => {
    const p = persona('referent');
    const [structureRole, aidantRole] = p.memberships;
    const { cookie } = await loginPersona(t, 'referent');
    const home = await getForm(t, '/espace', cookie);
    expect(home.res.body).toContain('Votre structure');
    // The header switcher lists both memberships.
    expect(home.res.body).toContain(`value="${aidantRole!.id}"`);
    const switched = await postForm(t, '/compte/role', home.cookie, {
      _csrf: home.csrf,
      adhesion: aidantRole!.id,
    });
    expect(switched.res.statusCode).toBe(303);
    expect(switched.res.headers.location).toBe('/espace');
    const aidantHome = await t.app.inject({ url: '/espace', headers: { cookie: home.cookie } });
    expect(aidantHome.body).toContain('Aidant référent');
    expect(aidantHome.body).toContain('La structure dans laquelle vous exercez');
    const [event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(and(eq(evenementsAudit.action, 'session.changement_role'), eq(evenementsAudit.acteurId, p.id)));
    expect(event?.entiteId).toBe(aidantRole!.id);
    expect(event?.details).toMatchObject({ de: `structure:${structureRole!.structureId}` });

    // Someone else's membership is refused and nothing changes.
    const foreign = await postForm(t, '/compte/role', home.cookie, {
      _csrf: home.csrf,
      adhesion: persona('anct').memberships[0]!.id,
    });
    expect(foreign.res.headers.location).toBe('/compte');
    const still = await t.app.inject({ url: '/espace', headers: { cookie: foreign.cookie } });
    expect(still.body).toContain('Aidant référent');
    expect(still.body).not.toContain('ANCT (national)</strong>');
    const garbage = await postForm(t, '/compte/role', home.cookie, {
      _csrf: home.csrf,
      adhesion: 'pas-un-uuid',
    });
    expect(garbage.res.statusCode).toBe(303);
  });
});
