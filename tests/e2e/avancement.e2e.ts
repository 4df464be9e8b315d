import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { DEFINITIONS_CHIFFRES } from '../../src/features/recrutement/programme/domain/chiffres.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/** The demo data is loaded in the background at start: wait until the monthly series has months. */
async function pageAvecSerie(page: Page, url: string) {
  await expect
    .poll(
      async () => {
        expect(await visiter(page, url)).toBe(200);
        return page.locator('figure.maillage-graphique').count();
      },
      { timeout: 120_000, interval: 2_000 },
    )
    .toBe(2);
}

/** What every viewport must show: definitions, two charts each with its caption and data table. */
async function verifierPage(page: Page) {
  await expect.poll(() => page.locator('h1').textContent()).toContain('État d’avancement');
  const definitions = page.locator('section[aria-labelledby="titre-definitions"]');
  for (const d of Object.values(DEFINITIONS_CHIFFRES)) {
    await expect.poll(() => definitions.locator('dt', { hasText: d.libelle }).count()).toBeGreaterThan(0);
  }
  const figures = page.locator('figure.maillage-graphique');
  for (let i = 0; i < 2; i++) {
    const f = figures.nth(i);
    expect(await f.locator('figcaption').isVisible()).toBe(true);
    expect(await f.locator('svg[role="img"]').first().isVisible()).toBe(true);
    expect(await f.locator('table caption').count()).toBe(1);
    expect(await f.locator('tbody tr').count()).toBeGreaterThan(0);
  }
  expect(await figures.nth(0).locator('polyline').count()).toBe(4);
  // The headline "recruited (validated)" tile equals the last running total of its series.
  const tuile = await page
    .locator('.fr-tile', { hasText: DEFINITIONS_CHIFFRES.recrutes.libelle })
    .locator('.fr-tile__title')
    .textContent();
  const dernier = await figures.nth(0).locator('tbody tr').last().locator('td').nth(2).textContent();
  expect((dernier ?? '').replace(/\D/g, '')).toBe((tuile ?? '').replace(/\D/g, ''));
}

describe('état d’avancement public : chiffres définis, séries dessinées', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('sur ordinateur : depuis le menu de l’accueil, définitions et graphiques, zéro violation axe', async () => {
    const page = await nouvellePage(browser);
    expect(await visiter(page, '/')).toBe(200);
    await page.locator('#navigation-principale a', { hasText: 'Avancement du programme' }).click();
    await page.waitForURL(/\/recrutement\/avancement$/);
    await pageAvecSerie(page, '/recrutement/avancement');
    await verifierPage(page);
    await verifierAccessibilite(page, 'avancement (ordinateur)');
    await capture(page, 'avancement');
    // One département, from the page's own selector.
    await page.locator('select[name="departement"]').selectOption('02');
    await page.locator('form[action="/recrutement/avancement"] button[type="submit"]').click();
    await page.waitForURL(/departement=02/);
    expect(await page.locator('h1').textContent()).toContain('Aisne (02)');
    await verifierAccessibilite(page, 'avancement 02 (ordinateur)');
    await page.context().close();
  });

  it('sur un téléphone de 375 px : rien ne déborde, les tableaux défilent dans leur bloc', async () => {
    const page = await nouvellePage(browser, { viewport: { width: 375, height: 740 }, isMobile: true });
    await pageAvecSerie(page, '/recrutement/avancement');
    await verifierPage(page);
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(largeur).toBeLessThanOrEqual(375);
    const dessin = await page.locator('figure.maillage-graphique svg[role="img"]').first().boundingBox();
    expect(dessin!.width).toBeLessThanOrEqual(375);
    await verifierAccessibilite(page, 'avancement (375 px)');
    await capture(page, 'avancement-mobile');
    await page.context().close();
  });

  it.each([
    { nom: 'ordinateur', options: {} },
    { nom: '375 px', options: { viewport: { width: 375, height: 740 }, isMobile: true } },
  ])('la carte des candidatures de la préfecture a sa légende ($nom)', async ({ nom, options }) => {
    const page = await nouvellePage(browser, options);
    await seConnecter(page, persona('prefecture02'));
    expect(await visiter(page, '/recrutement/candidatures?vue=carte')).toBe(200);
    const legende = page.locator('#legende-carte');
    expect(await legende.isVisible()).toBe(true);
    expect(await legende.textContent()).toContain('Validée par le comité de sélection');
    expect(await legende.locator('li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      nom === '375 px' ? 375 : 10_000,
    );
    await verifierAccessibilite(page, `carte des candidatures (${nom})`);
    await page.context().close();
  });
});
