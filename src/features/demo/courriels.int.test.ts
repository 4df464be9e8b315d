import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { createMailer } from '../../platform/mail/mailer.ts';

describe('page des courriels de démonstration', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('liste la boîte d’envoi, du plus récent au plus ancien, avec des liens cliquables', async () => {
    const empty = await t.app.inject('/demo/courriels');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('Aucun courriel pour l’instant');

    const outbox = createMailer({
      from: 'Maillage <test@maillage.local>',
      outboxDir: path.join(t.deps.config.dataDir, 'outbox'),
    });
    const base = t.deps.config.baseUrl;
    await outbox.send({
      to: 'prefecture-aisne@demo.maillage.fr',
      subject: 'Premier envoi',
      text: 'Bonjour, rien à cliquer.',
    });
    await new Promise((r) => setTimeout(r, 5));
    await outbox.send({
      to: 'anct@demo.maillage.fr',
      subject: 'Réinitialisation de votre mot de passe — Maillage',
      text: `Bonjour Anne,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien :\n${base}/mot-de-passe/nouveau/jeton_ABC-123\n\nÀ bientôt.`,
    });
    const res = await t.app.inject('/demo/courriels');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('Réinitialisation de votre mot de passe — Maillage');
    expect(html).toContain('À anct@demo.maillage.fr');
    expect(html).toContain(
      `<a href="/mot-de-passe/nouveau/jeton_ABC-123">${base}/mot-de-passe/nouveau/jeton_ABC-123</a>`,
    );
    expect(html.indexOf('Réinitialisation de votre')).toBeLessThan(html.indexOf('Premier envoi'));
    // Mail to an account a real visitor created on the demo, or to any other address, is never shown.
    await outbox.send({
      to: 'vraie.personne@exemple.fr',
      subject: 'Réinitialisation de votre mot de passe — Maillage',
      text: `Bonjour,\n\n${base}/mot-de-passe/nouveau/jeton_SECRET-456\n`,
    });
    const apres = (await t.app.inject('/demo/courriels')).body;
    expect(apres).not.toContain('vraie.personne@exemple.fr');
    expect(apres).not.toContain('jeton_SECRET-456');
    expect(apres).toContain('1 courriel(s) adressé(s) à d’autres comptes ne sont pas affichés');
  });

  it('n’existe pas en production (404)', async () => {
    const prod = await createTestApp({
      MODE: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      BASE_URL: 'https://maillage.exemple.gouv.fr',
    });
    try {
      const res = await prod.app.inject('/demo/courriels');
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('Page non trouvée');
    } finally {
      await prod.close();
    }
  });
});
