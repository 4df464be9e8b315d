import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { submitLogin } from '../../../tests/helpers/comptes.ts';
import { systemContext } from '../../platform/context.ts';
import { DEMO_PASSWORD, persona } from './demo/personas.ts';
import { creerUtilisateur } from './utilisateurs/creer-utilisateur.ts';

describe('en production', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp({
      MODE: 'production',
      SESSION_SECRET: 'un-secret-de-production-de-plus-de-32-caracteres',
      BASE_URL: 'https://maillage.example.gouv.fr',
    });
  });
  afterAll(() => t.close());

  it('ne liste jamais les comptes de démonstration', async () => {
    const res = await t.app.inject('/connexion');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(DEMO_PASSWORD);
    expect(res.body).not.toContain('@demo.maillage.fr');
    expect(res.body).not.toContain('Comptes de démonstration');
  });

  it('refuse les personas de démonstration avec un message clair', async () => {
    const { res } = await submitLogin(t, persona('anct').email, DEMO_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Les comptes de démonstration ne peuvent pas se connecter');
    expect(res.cookies.find((c) => c.name === 'maillage_session')).toBeUndefined();
  });

  it('connecte un vrai compte avec un cookie Secure', async () => {
    const created = await creerUtilisateur(systemContext(t.deps), {
      email: 'agent@anct.gouv.fr',
      prenom: 'Agnès',
      nom: 'Durand',
      role: 'anct',
    });
    if (!created.ok) throw new Error(created.error.message);
    const password = created.value.motDePasseGenere!;
    const { res, cookie } = await submitLogin(t, 'agent@anct.gouv.fr', password);
    expect(res.statusCode).toBe(303);
    const session = res.cookies.find((c) => c.name === 'maillage_session')!;
    expect(session.secure).toBe(true);
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    const home = await t.app.inject({ url: '/espace', headers: { cookie } });
    expect(home.body).toContain('Bonjour Agnès');
    expect(home.headers['strict-transport-security']).toContain('max-age=');
  });
});
