import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifierAccessibilite } from './support/axe.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

const PAGES = [
  { url: '/', titre: 'Maillage, le numérique accessible', capture: 'accueil' },
  { url: '/connexion', titre: 'Se connecter à Maillage', capture: 'connexion' },
  { url: '/mot-de-passe-oublie', titre: 'Mot de passe oublié', capture: undefined },
  { url: '/accessibilite', titre: 'Déclaration d’accessibilité', capture: 'accessibilite' },
  { url: '/mentions-legales', titre: 'Mentions légales', capture: undefined },
  { url: '/donnees-personnelles', titre: 'Données personnelles', capture: undefined },
  { url: '/plan-du-site', titre: 'Plan du site', capture: 'plan-du-site' },
];

describe('pages publiques', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await lancerChromium();
    page = await nouvellePage(browser);
  });
  afterAll(() => browser?.close());

  it.each(PAGES)('$url s’affiche sans erreur d’accessibilité', async ({ url, titre, capture: nom }) => {
    expect(await visiter(page, url)).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toContain(titre);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('footer a[href="/accessibilite"]').count()).toBe(1);
    await verifierAccessibilite(page, url);
    if (nom) await capture(page, nom);
  });

  it('chaque lien du menu public mène à une page accessible', async () => {
    await visiter(page, '/');
    const hrefs = await page
      .locator('#navigation-principale a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(await visiter(page, href), href).toBe(200);
      // The API reference is not a DSFR page but must still pass.
      await verifierAccessibilite(page, href);
    }
  });

  it('une adresse inconnue donne la page 404 DSFR', async () => {
    expect(await visiter(page, '/cette-page-n-existe-pas')).toBe(404);
    expect(await page.locator('h1').textContent()).toContain('Page non trouvée');
    await verifierAccessibilite(page, '404');
    await capture(page, '404');
  });

  it.each([1280, 375])(
    'le formulaire de candidature envoyé vide répond en français, erreurs dans l’ordre du formulaire (%i px)',
    async (largeur) => {
      const p = await nouvellePage(browser, {
        viewport: { width: largeur, height: 900 },
        isMobile: largeur < 400,
      });
      expect(await visiter(p, '/candidature')).toBe(200);
      // The browser's own checks are skipped, as without them (old phones, assistive tools): the server answers.
      await p.evaluate(() => {
        const f = document.querySelector<HTMLFormElement>('form[method="post"]');
        if (f) f.noValidate = true;
      });
      await p.locator('form[method="post"] button[type="submit"]').last().click();
      await p.waitForSelector('#resume-erreurs');
      const resume = await p.locator('#resume-erreurs').innerText();
      expect(resume).toMatch(/Le formulaire contient \d+ erreurs/);
      expect(resume).not.toMatch(/Invalid|expected|received|NaN|undefined|Required/);
      expect(resume).toContain('Adresse électronique');
      const cibles = await p
        .locator('#resume-erreurs a')
        .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').slice(1)));
      const ordreDansLaPage = await p.evaluate(
        (ids) =>
          [...ids].sort((a, b) => {
            const ea = document.getElementById(a);
            const eb = document.getElementById(b);
            if (!ea || !eb) return 0;
            return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
          }),
        cibles,
      );
      expect(cibles).toEqual(ordreDansLaPage);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(largeur);
      await verifierAccessibilite(p, `/candidature envoyée vide (${largeur} px)`);
      await capture(p, `candidature-erreurs-${largeur}`);
      await p.context().close();
    },
  );

  it('l’accueil tient sur un écran de téléphone', async () => {
    const mobile = await nouvellePage(browser, { viewport: { width: 375, height: 740 }, isMobile: true });
    expect(await visiter(mobile, '/')).toBe(200);
    const largeur = await mobile.evaluate(() => document.documentElement.scrollWidth);
    expect(largeur).toBeLessThanOrEqual(375);
    await verifierAccessibilite(mobile, '/ (mobile)');
    await capture(mobile, 'accueil-mobile');
    await mobile.context().close();
  });
});
