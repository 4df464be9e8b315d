import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, persona } from '../../src/features/comptes/demo/personas.ts';
import { lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

describe('connexion au clavier seul et sans JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('se connecte avec Tabulation et Entrée uniquement', async () => {
    const page = await nouvellePage(browser);
    try {
      await visiter(page, '/connexion');
      // The first Tab reaches the skip links.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Contenu');
      let focus = '';
      for (let i = 0; i < 60 && focus !== 'champ-email'; i++) {
        await page.keyboard.press('Tab');
        focus = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      expect(focus).toBe('champ-email');
      await page.keyboard.type(persona('prefecture80').email);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('champ-motDePasse');
      await page.keyboard.type(DEMO_PASSWORD);
      await Promise.all([page.waitForURL((u) => u.pathname === '/espace'), page.keyboard.press('Enter')]);
      expect(await page.locator('main').textContent()).toContain('Somme');
      // The focus is visible: DSFR draws an outline on the focused element.
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline).not.toBe('none');
    } finally {
      await page.context().close();
    }
  });

  it('se connecte et se déconnecte avec JavaScript désactivé', async () => {
    const page = await nouvellePage(browser, { javaScriptEnabled: false });
    try {
      await visiter(page, '/connexion');
      await page.locator('#champ-email').fill(persona('candidat').email);
      await page.locator('#champ-motDePasse').fill(DEMO_PASSWORD);
      await Promise.all([
        page.waitForURL((u) => u.pathname === '/espace'),
        page.getByRole('button', { name: 'Se connecter', exact: true }).click(),
      ]);
      expect(await page.locator('main').textContent()).toContain('Karim');
      // No axe here: axe runs inside the page and needs JavaScript (the same pages are checked with it).

      // A wrong password without JavaScript: the server re-renders the form with the error.
      const autre = await nouvellePage(browser, { javaScriptEnabled: false });
      await visiter(autre, '/connexion');
      await autre.locator('#champ-email').fill(persona('candidat').email);
      await autre.locator('#champ-motDePasse').fill('mauvais-mot-de-passe');
      const [reponse] = await Promise.all([
        autre.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/connexion')),
        autre.getByRole('button', { name: 'Se connecter', exact: true }).click(),
      ]);
      expect(reponse.status()).toBeGreaterThanOrEqual(400);
      await autre.waitForLoadState('load');
      expect(new URL(autre.url()).pathname).toBe('/connexion');
      await expect.poll(() => autre.locator('[role="alert"]').count()).toBeGreaterThan(0);
      await autre.context().close();

      await Promise.all([
        page.waitForURL((u) => u.pathname === '/'),
        page.getByRole('button', { name: 'Se déconnecter' }).click(),
      ]);
      expect(await page.locator('main').textContent()).toContain('Vous êtes déconnecté');
    } finally {
      await page.context().close();
    }
  });
});
