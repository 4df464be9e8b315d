import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/** Presses Tab until the focused element matches `test` (what a keyboard user does). */
async function tabJusqua(page: Page, test: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    const ok = await page.evaluate((t) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return false;
      if (t.startsWith('#')) return el.id === t.slice(1);
      if (t.startsWith('@')) return (el as HTMLInputElement).name === t.slice(1);
      return (el.textContent ?? '').trim() === t;
    }, test);
    if (ok) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus jamais atteint : ${test}`);
}

/** In a radio group, the arrow keys move the focus and the choice (the group is one Tab stop). */
async function flecheJusqua(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 12 && (await focusId(page)) !== id; i++) await page.keyboard.press('ArrowDown');
  expect(await focusId(page)).toBe(id);
}

const focusId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function sansDefilementHorizontal(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

describe('saisie d’un accompagnement (conseiller)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('au clavier seul, en moins de 60 secondes, sans erreur axe (1280 px et 375 px)', async () => {
    const page = await nouvellePage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      await seConnecter(page, persona('conseiller'));
      expect(await visiter(page, '/activite/nouvelle')).toBe(200);
      await verifierAccessibilite(page, 'formulaire (1280 px)');
      expect(await visiter(page, '/activite')).toBe(200);
      await verifierAccessibilite(page, 'liste des activités (1280 px)');

      // The error state, reached with the keyboard: no theme chosen.
      const debut = Date.now();
      await tabJusqua(page, 'Enregistrer un accompagnement');
      await Promise.all([
        page.waitForURL((u) => u.pathname === '/activite/nouvelle'),
        page.keyboard.press('Enter'),
      ]);
      expect(await focusId(page)).toBe('champ-date'); // autofocus on the first field
      await tabJusqua(page, 'Enregistrer l’accompagnement');
      await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
      await page.waitForSelector('#resume-erreurs');
      expect(await page.locator('#resume-erreurs').textContent()).toContain(
        'Choisissez au moins une thématique.',
      );
      await verifierAccessibilite(page, 'formulaire en erreur (1280 px)');

      // The real entry: the values kept, a duration, a place, a theme, an autonomy, then Enter.
      // Tab walks the date's day, month and year, then reaches the duration group on its checked "30 min".
      await tabJusqua(page, '#champ-duree-30');
      await page.keyboard.press('ArrowRight'); // 45 min
      await tabJusqua(page, '@ou');
      await flecheJusqua(page, 'champ-ou-domicile');
      await tabJusqua(page, '@genre');
      await flecheJusqua(page, 'champ-genre-feminin');
      await page.keyboard.press('Space');
      await tabJusqua(page, '#champ-thematiquesNumeriques-email');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space'); // the next theme too
      await tabJusqua(page, '#champ-notes');
      await page.keyboard.type('Création d’une adresse électronique');
      await tabJusqua(page, 'Enregistrer l’accompagnement');
      await Promise.all([
        page.waitForURL((u) => u.pathname === '/activite' && u.searchParams.has('enregistree')),
        page.keyboard.press('Enter'),
      ]);
      const secondes = (Date.now() - debut) / 1000;
      console.log(`[activite-saisie] accompagnement saisi au clavier en ${secondes.toFixed(1)} s`);
      expect(secondes).toBeLessThan(60);
      expect(await page.locator('main').textContent()).toContain('Activité enregistrée');
      expect(await page.locator('main').textContent()).toContain('45 min');
      await verifierAccessibilite(page, 'liste après enregistrement (1280 px)');

      // 375 px: the same three states, no horizontal scroll.
      await page.setViewportSize({ width: 375, height: 800 });
      await sansDefilementHorizontal(page);
      await verifierAccessibilite(page, 'liste (375 px)');
      await visiter(page, '/activite/nouvelle');
      await sansDefilementHorizontal(page);
      await verifierAccessibilite(page, 'formulaire (375 px)');
      await capture(page, 'activite-saisie-375');
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: 'Enregistrer l’accompagnement' }).press('Enter'),
      ]);
      await page.waitForSelector('#resume-erreurs');
      await sansDefilementHorizontal(page);
      await verifierAccessibilite(page, 'formulaire en erreur (375 px)');
    } finally {
      await page.context().close();
    }
  });

  it('sans JavaScript : le formulaire s’envoie et l’activité est enregistrée', async () => {
    const page = await nouvellePage(browser, { javaScriptEnabled: false });
    try {
      await seConnecter(page, persona('conseiller'));
      expect(await visiter(page, '/activite/nouvelle')).toBe(200);
      await page.locator('label[for="champ-duree-60"]').click();
      await page.locator('label[for="champ-ou-a_distance"]').click();
      await page.locator('label[for="champ-thematiquesNumeriques-sante"]').click();
      await Promise.all([
        page.waitForURL((u) => u.pathname === '/activite' && u.searchParams.has('enregistree')),
        page.getByRole('button', { name: 'Enregistrer l’accompagnement' }).click(),
      ]);
      const texte = await page.locator('main').textContent();
      expect(texte).toContain('Activité enregistrée');
      expect(texte).toContain('1 h');
    } finally {
      await page.context().close();
    }
  });
});
