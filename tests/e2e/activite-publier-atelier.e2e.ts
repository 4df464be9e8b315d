import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/** A Paris date a few days ahead, YYYY-MM-DD. */
function dansJours(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d);
}

describe('un conseiller publie un atelier, le public le trouve près de sa commune', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('publication (erreurs en français d’abord), puis l’atelier est dans l’agenda public', async () => {
    const page = await nouvellePage(browser);
    await seConnecter(page, persona('conseiller'));
    expect(await visiter(page, '/activite/ateliers/nouveau')).toBe(200);
    await verifierAccessibilite(page, 'formulaire de publication');

    // Sent empty: the errors, in French, and nothing published.
    await Promise.all([
      page.waitForLoadState('load'),
      page.getByRole('button', { name: 'Publier l’atelier' }).click(),
    ]);
    await page.waitForSelector('.fr-alert--error, .fr-error-text');
    expect(await page.locator('body').textContent()).not.toMatch(/required|invalid|must be/i);
    await verifierAccessibilite(page, 'formulaire avec erreurs');

    const titre = `Atelier courriel ${Date.now()}`;
    await page.locator('#champ-titre').fill(titre);
    await page
      .locator('label', { hasText: /^E-mail$/ })
      .first()
      .click();
    await page
      .locator('label', { hasText: /^Débutant$/ })
      .first()
      .click();
    await page.locator('#champ-lieuId').selectOption({ index: 1 });
    await page.locator('#champ-date').fill(dansJours(6));
    await page.locator('#champ-heureDebut').fill('14:00');
    await page.locator('#champ-heureFin').fill('16:00');
    await page.locator('#champ-capacite').fill('8');
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/activite/ateliers'),
      page.getByRole('button', { name: 'Publier l’atelier' }).click(),
    ]);
    expect(await page.locator('body').textContent()).toContain('L’atelier est publié dans l’agenda.');
    expect(await page.locator('body').textContent()).toContain(titre);

    const publique = await nouvellePage(browser, { viewport: { width: 375, height: 740 } });
    expect(await visiter(publique, '/ateliers')).toBe(200);
    await publique.locator('#champ-commune').fill('Laon');
    await Promise.all([
      publique.waitForURL((u) => u.searchParams.has('commune')),
      publique.getByRole('button', { name: 'Rechercher des ateliers' }).click(),
    ]);
    const lien = publique.getByRole('link', { name: titre });
    await expect.poll(() => lien.count()).toBe(1);
    await verifierAccessibilite(publique, 'agenda public à 375 px');
    expect(await publique.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await lien.click();
    await publique.waitForLoadState('load');
    expect(await publique.locator('h1').textContent()).toContain(titre);
    await verifierAccessibilite(publique, 'page de l’atelier publié');
  });
});
