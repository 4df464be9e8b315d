import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/**
 * The place form on a 375 px phone: the opening-hours table once made the whole page 838 px wide (a
 * fieldset grows to its widest content), with and without JavaScript. It scrolls in its own block now.
 */
describe('formulaire de lieu sur un téléphone de 375 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  for (const js of [true, false]) {
    it(`la page ne déborde pas ; le tableau des horaires défile dans son bloc (${js ? 'avec' : 'sans'} JavaScript)`, async () => {
      const page = await nouvellePage(browser, {
        javaScriptEnabled: js,
        viewport: { width: 375, height: 740 },
      });
      try {
        await seConnecter(page, persona('laon'));
        expect(await visiter(page, '/structure/lieux/nouveau')).toBe(200);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        const envoi = await page.locator('form[method="post"] button[type="submit"]').last().boundingBox();
        expect(envoi && envoi.x + envoi.width).toBeLessThanOrEqual(375);
        if (js) await verifierAccessibilite(page, '/structure/lieux/nouveau (375 px)');
        else await capture(page, 'formulaire-lieu-375-sans-js');
      } finally {
        await page.context().close();
      }
    });
  }
});
