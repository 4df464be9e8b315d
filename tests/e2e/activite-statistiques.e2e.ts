import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/** Totals, the two series and the twelve distributions: each with its table (present without JS). */
async function verifierTableaux(page: Page) {
  expect(await page.locator('.fr-tile__title').count()).toBe(6);
  for (const id of [
    'serie-mois',
    'serie-jours',
    'repartition-type',
    'repartition-genre',
    'repartition-communes',
  ])
    expect(await page.locator(`#${id} table caption`).count()).toBe(1);
}

async function sansDebordement(page: Page, largeur: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(largeur);
}

/**
 * The State's chart components load and draw under the platform's security policy: with JavaScript the
 * page defines <bar-chart>/<line-chart>; a chart given data renders content (the figures of a page with
 * activity feed the same elements, see pages.int.test.ts).
 */
async function verifierGraphiques(page: Page) {
  await expect.poll(() => page.evaluate(() => Boolean(customElements.get('bar-chart')))).toBe(true);
  const rendus = await page.locator('bar-chart, line-chart').count();
  if (rendus === 0) {
    await page.evaluate(() => {
      const el = document.createElement('bar-chart');
      el.id = 'essai-graphique';
      el.setAttribute('x', '[["Individuel","Collectif"]]');
      el.setAttribute('y', '[[12, 5]]');
      el.setAttribute('name', '["Activités"]');
      document.querySelector('main')!.append(el);
    });
  }
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.querySelector('bar-chart, line-chart');
        return (el?.shadowRoot?.innerHTML.length ?? 0) + (el?.innerHTML.length ?? 0);
      }),
    )
    .toBeGreaterThan(0);
}

describe('statistiques d’activité : conseiller, préfecture, public', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('public : zéro violation axe à 1280 et 375 px, graphiques avec JavaScript', async () => {
    for (const largeur of [1280, 375]) {
      const page = await nouvellePage(browser, { viewport: { width: largeur, height: 800 } });
      expect(await visiter(page, '/statistiques/activite')).toBe(200);
      await verifierTableaux(page);
      await sansDebordement(page, largeur);
      await verifierAccessibilite(page, `statistiques publiques (${largeur} px)`);
      expect(await visiter(page, '/statistiques/activite/02')).toBe(200);
      await verifierAccessibilite(page, `statistiques publiques 02 (${largeur} px)`);
      await verifierGraphiques(page);
      await page.context().close();
    }
  });

  it('conseiller : ses statistiques depuis le menu, sans débordement à 375 px', async () => {
    const page = await nouvellePage(browser, { viewport: { width: 1280, height: 800 } });
    await seConnecter(page, persona('conseiller'));
    await visiter(page, '/');
    await page.locator('#navigation-principale a', { hasText: 'Statistiques' }).first().click();
    await page.waitForURL(/\/activite\/statistiques$/);
    await verifierTableaux(page);
    await verifierAccessibilite(page, 'statistiques du conseiller (1280 px)');
    await verifierGraphiques(page);
    await page.setViewportSize({ width: 375, height: 740 });
    await visiter(page, '/activite/statistiques?type=individuel');
    await sansDebordement(page, 375);
    await verifierAccessibilite(page, 'statistiques du conseiller (375 px)');
    await page.context().close();
  });

  it('préfecture : ses chiffres, zéro violation axe ; sans JavaScript, les tableaux sont là', async () => {
    const page = await nouvellePage(browser, { viewport: { width: 375, height: 740 } });
    await seConnecter(page, persona('prefecture02'));
    expect(await visiter(page, '/prefecture/activite/statistiques')).toBe(200);
    await verifierTableaux(page);
    await sansDebordement(page, 375);
    await verifierAccessibilite(page, 'statistiques de la préfecture (375 px)');
    expect(await visiter(page, '/prefecture/activite/statistiques?departementCode=80')).toBe(400);
    await page.context().close();

    // axe needs JavaScript: the page without it is checked for its content only.
    const sansJs = await nouvellePage(browser, {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 740 },
    });
    await seConnecter(sansJs, persona('prefecture02'));
    expect(await visiter(sansJs, '/prefecture/activite/statistiques')).toBe(200);
    await verifierTableaux(sansJs);
    await sansDebordement(sansJs, 375);
    await sansJs.context().close();
  });
});
