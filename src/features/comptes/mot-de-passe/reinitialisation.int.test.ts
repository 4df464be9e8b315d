import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { getForm, postForm, submitLogin } from '../../../../tests/helpers/comptes.ts';
import { evenementsAudit, jetonsEmail } from '../../../db/schema/index.ts';
import { DEMO_PASSWORD, persona } from '../demo/personas.ts';

const NEW_PASSWORD = 'Une phrase de passe solide 2021';
const CONFIRMATION = 'Si un compte utilise cette adresse, un courriel vient d’y être envoyé';

async function requestReset(t: TestContext, email: string) {
  const page = await getForm(t, '/mot-de-passe-oublie');
  return postForm(t, '/mot-de-passe-oublie', page.cookie, { _csrf: page.csrf, email });
}

function linkIn(text: string): string {
  const m = text.match(/http:\/\/[^\s]+\/mot-de-passe\/reinitialiser\?jeton=[A-Za-z0-9_%-]+/);
  if (!m) throw new Error(`aucun lien dans : ${text}`);
  const url = new URL(m[0]);
  return `${url.pathname}${url.search}`;
}

describe('mot de passe oublié', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('répond la même chose pour une adresse inconnue, sans envoyer de courriel', async () => {
    const { res } = await requestReset(t, 'personne@exemple.fr');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(CONFIRMATION);
    expect(t.mailer.sent).toHaveLength(0);
  });

  it('signale une adresse mal formée', async () => {
    const { res } = await requestReset(t, 'pas-une-adresse');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Saisissez une adresse électronique valide');
  });

  it('envoie un lien à usage unique qui change le mot de passe et ferme les sessions', async () => {
    const p = persona('association');
    const oldSession = await sessionCookieFor(t, 'association');
    const { res } = await requestReset(t, p.email.toUpperCase());
    expect(res.body).toContain(CONFIRMATION);
    expect(t.mailer.sent).toHaveLength(1);
    const mail = t.mailer.sent[0]!;
    expect(mail.to).toBe(p.email);
    expect(mail.subject).toContain('nouveau mot de passe');
    const link = linkIn(mail.text);
    // Only the hash is stored.
    const token = new URL(link, 'http://x').searchParams.get('jeton')!;
    const rows = await t.deps.db.select().from(jetonsEmail).where(eq(jetonsEmail.email, p.email));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hash).not.toContain(token);
    expect(rows[0]!.expireLe.getTime() - t.clock.now.getTime()).toBe(60 * 60 * 1000);

    const form = await getForm(t, link);
    expect(form.res.statusCode).toBe(200);
    expect(form.res.body).toContain('Choisir un nouveau mot de passe');
    expect(form.res.body).toContain(p.email);

    const weak = await postForm(t, '/mot-de-passe/reinitialiser', form.cookie, {
      _csrf: form.csrf,
      jeton: token,
      motDePasse: 'court',
      confirmation: 'court',
    });
    expect(weak.res.statusCode).toBe(400);
    expect(weak.res.body).toContain('au moins 12 caractères');

    const mismatch = await postForm(t, '/mot-de-passe/reinitialiser', form.cookie, {
      _csrf: form.csrf,
      jeton: token,
      motDePasse: NEW_PASSWORD,
      confirmation: `${NEW_PASSWORD}!`,
    });
    expect(mismatch.res.body).toContain('Les deux mots de passe ne sont pas identiques.');

    const done = await postForm(t, '/mot-de-passe/reinitialiser', form.cookie, {
      _csrf: form.csrf,
      jeton: token,
      motDePasse: NEW_PASSWORD,
      confirmation: NEW_PASSWORD,
    });
    expect(done.res.statusCode).toBe(303);
    expect(done.res.headers.location).toBe('/connexion');
    const flash = await t.app.inject({ url: '/connexion', headers: { cookie: done.cookie } });
    expect(flash.body).toContain('Votre mot de passe a été changé');

    // Sessions opened before are closed; the old password no longer works, the new one does.
    expect((await t.app.inject({ url: '/espace', headers: { cookie: oldSession } })).statusCode).toBe(302);
    expect((await submitLogin(t, p.email, DEMO_PASSWORD)).res.statusCode).toBe(401);
    expect((await submitLogin(t, p.email, NEW_PASSWORD)).res.statusCode).toBe(303);

    // Single use.
    const again = await t.app.inject(link);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('Lien déjà utilisé');
    const replay = await postForm(t, '/mot-de-passe/reinitialiser', form.cookie, {
      _csrf: form.csrf,
      jeton: token,
      motDePasse: 'Encore une autre phrase 2022',
      confirmation: 'Encore une autre phrase 2022',
    });
    expect(replay.res.statusCode).toBe(410);
    expect((await submitLogin(t, p.email, NEW_PASSWORD)).res.statusCode).toBe(303);

    const [event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'mot_de_passe.reinitialise'));
    expect(event?.entiteId).toBe(p.id);
  });

  it('refuse un lien expiré après une heure, et un lien inconnu', async () => {
    const p = persona('candidat');
    t.mailer.sent.length = 0;
    await requestReset(t, p.email);
    const link = linkIn(t.mailer.sent[0]!.text);
    t.clock.now = new Date(t.clock.now.getTime() + 61 * 60 * 1000);
    const expired = await t.app.inject(link);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('Lien expiré');
    const unknown = await t.app.inject(
      '/mot-de-passe/reinitialiser?jeton=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    expect(unknown.statusCode).toBe(410);
    expect(unknown.body).toContain('Lien invalide');
    expect((await t.app.inject('/mot-de-passe/reinitialiser')).body).toContain('Lien invalide');
  });

  it('seul le dernier lien envoyé fonctionne, et les envois sont plafonnés', async () => {
    const p = persona('conseiller');
    t.mailer.sent.length = 0;
    await requestReset(t, p.email);
    await requestReset(t, p.email);
    const [first, second] = t.mailer.sent.map((m) => linkIn(m.text));
    expect((await t.app.inject(first!)).statusCode).toBe(410);
    expect((await t.app.inject(second!)).statusCode).toBe(200);
    await requestReset(t, p.email);
    const { res } = await requestReset(t, p.email);
    // Same answer, but no fourth mail within 15 minutes.
    expect(res.body).toContain(CONFIRMATION);
    expect(t.mailer.sent).toHaveLength(3);
  });
});
