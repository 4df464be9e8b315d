import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { DEMO_STRUCTURES } from '../demo/personas.ts';

describe('espaces par rôle : chacun ne voit que son périmètre', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const espace = async (key: string) =>
    (await t.app.inject({ url: '/espace', headers: { cookie: await sessionCookieFor(t, key) } })).body;

  it('la préfecture de l’Aisne voit ses structures, pas celles de la Somme', async () => {
    const body = await espace('prefecture02');
    expect(body).toContain(DEMO_STRUCTURES.laon.nom);
    expect(body).toContain(DEMO_STRUCTURES.paysDeLaon.nom);
    expect(body).not.toContain(DEMO_STRUCTURES.association.nom);
    // Real counts from the reference geography (the Aisne has about 800 communes).
    const communes = Number(
      body.match(/>([\d\s\u202f]+)<\/p><p class="fr-tile__desc">communes/)![1]!.replace(/\D/g, ''),
    );
    expect(communes).toBeGreaterThan(700);
    expect(communes).toBeLessThan(900);
  });

  it('la préfecture de la Somme voit l’association d’Amiens, pas Laon', async () => {
    const body = await espace('prefecture80');
    expect(body).toContain(DEMO_STRUCTURES.association.nom);
    expect(body).not.toContain(DEMO_STRUCTURES.laon.nom);
  });

  it('une structure voit sa fiche et son équipe, pas celles des autres', async () => {
    const laon = await espace('laon');
    expect(laon).toContain('Léa Petit');
    expect(laon).toContain('conseiller@demo.maillage.fr');
    expect(laon).not.toContain('Thomas Roux');
    expect(laon).not.toContain(DEMO_STRUCTURES.association.siret);
    const association = await espace('association');
    expect(association).toContain('Thomas Roux');
    expect(association).toContain('Fatou Diallo');
    expect(association).not.toContain('Léa Petit');
  });

  it('un aidant non référent voit son équipe sans les adresses électroniques', async () => {
    const body = await espace('aidant');
    expect(body).toContain('Fatou Diallo');
    expect(body).not.toContain('referent@demo.maillage.fr');
  });

  it('un aidant lit ce qui arrive avec Aidants Connect au lieu d’un espace vide', async () => {
    const body = await espace('aidant');
    expect(body).toContain('Aidants Connect arrive bientôt sur Maillage');
    expect(body).toContain('il n’y a rien à faire dans cet espace');
    expect(body).not.toContain('id="titre-a-faire"');
  });

  it('chaque rôle a sa liste « À faire » en tête de son espace, chaque ligne vers la page où agir', async () => {
    for (const key of ['anct', 'prefecture02', 'laon']) {
      const body = await espace(key);
      const section = body.slice(
        body.indexOf('id="titre-a-faire"'),
        body.indexOf('</section>', body.indexOf('id="titre-a-faire"')),
      );
      expect(section, key).toContain('À faire');
      const liens = [
        ...section.matchAll(/<a class="fr-link" href="([^"]+)"><strong>([\d\u202f]+)<\/strong>/g),
      ];
      if (liens.length === 0) expect(section, key).toContain('Rien ne vous attend pour le moment.');
      for (const [, href] of liens) {
        const res = await t.app.inject({
          url: href!.replaceAll('&amp;', '&'),
          headers: { cookie: await sessionCookieFor(t, key) },
        });
        expect(res.statusCode, `${key} ${href}`).toBe(200);
      }
    }
  });

  it('ne propose que des liens vers des pages qui existent', async () => {
    const body = await espace('anct');
    const section = body.slice(body.indexOf('Accès rapides'));
    const hrefs = [...section.matchAll(/class="fr-btn fr-btn--secondary" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs).toContain('/compte');
    for (const href of hrefs) {
      const res = await t.app.inject({ url: href, headers: { cookie: await sessionCookieFor(t, 'anct') } });
      expect(res.statusCode, href).toBe(200);
    }
  });
});
