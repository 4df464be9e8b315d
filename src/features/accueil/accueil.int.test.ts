import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';

const FOOTER = ['/accessibilite', '/mentions-legales', '/donnees-personnelles', '/plan-du-site'];

function links(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('/dsfr/'));
}

describe('accueil et pages du pied de page', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each(FOOTER)('%s répond en DSFR avec un seul titre de niveau 1', async (url) => {
    const res = await t.app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/<h1/g)).toHaveLength(1);
    expect(res.body).toContain('fr-footer');
    for (const f of FOOTER) expect(res.body).toContain(`href="${f}"`);
  });

  it('la déclaration d’accessibilité donne l’état, les tests, le contact et le recours', async () => {
    const body = (await t.app.inject('/accessibilite')).body;
    expect(body).toContain('partiellement conforme');
    expect(body).toContain('axe-core');
    expect(body).toContain('Défenseur des droits');
    expect(body).toContain('CONTACT_EMAIL');
  });

  it('affiche l’adresse de contact et l’hébergeur configurés', async () => {
    const c = await createTestApp({
      CONTACT_EMAIL: 'contact@maillage.test',
      HEBERGEUR: 'Hébergeur Test, Paris',
    });
    try {
      const acc = (await c.app.inject('/accessibilite')).body;
      expect(acc).toContain('mailto:contact@maillage.test');
      expect(acc).not.toContain('CONTACT_EMAIL');
      expect((await c.app.inject('/mentions-legales')).body).toContain('Hébergeur Test, Paris');
      const dp = (await c.app.inject('/donnees-personnelles')).body;
      expect(dp).toContain('Hébergeur Test, Paris');
      expect(dp).toContain('mailto:contact@maillage.test');
    } finally {
      await c.close();
    }
  }, 60_000);

  it('la page données personnelles détaille traitements, base légale, conservation et droits', async () => {
    const body = (await t.app.inject('/donnees-personnelles')).body;
    for (const text of [
      'argon2id',
      'Candidats',
      'Base légale',
      'point e',
      '12 heures',
      'effacées aussitôt',
      'CNIL',
      'DPO',
    ]) {
      expect(body).toContain(text);
    }
  }, 60_000);

  it('le plan du site ne contient que des pages qui existent', async () => {
    const body = (await t.app.inject('/plan-du-site')).body;
    const main = body.slice(body.indexOf('<main'), body.indexOf('</main>'));
    const hrefs = [...new Set(links(main))];
    expect(hrefs).toContain('/');
    expect(hrefs).toContain('/accessibilite');
    for (const href of hrefs) {
      const res = await t.app.inject(href);
      expect([200, 302, 303], `${href} → ${res.statusCode}`).toContain(res.statusCode);
    }
  }, 60_000);

  it('la page d’accueil ne renvoie vers aucune page inexistante', async () => {
    const body = (await t.app.inject('/')).body;
    const main = body.slice(body.indexOf('<main'), body.indexOf('</main>'));
    for (const href of new Set(links(main))) {
      const res = await t.app.inject(href);
      expect(res.statusCode, href).not.toBe(404);
    }
  });
});
