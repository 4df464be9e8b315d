import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

async function sansDebordement(page: Page, label: string) {
  const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(largeur, label).toBeLessThanOrEqual(375);
}

describe('mes bénéficiaires (conseiller)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('liste → recherche → fiche → export → consentement → effacement confirmé, sans erreur axe', async () => {
    const page = await nouvellePage(browser);
    try {
      await seConnecter(page, persona('conseiller'));
      expect(await visiter(page, '/activite/beneficiaires')).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('Mes bénéficiaires');
      await verifierAccessibilite(page, 'liste des bénéficiaires');

      await page.getByLabel('Nom ou prénom').fill('karim benali');
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get('q') === 'karim benali'),
        page.getByRole('button', { name: 'Rechercher' }).click(),
      ]);
      await Promise.all([
        page.waitForURL(/\/activite\/beneficiaires\/[0-9a-f-]{36}$/),
        page.getByRole('link', { name: 'Karim Benali' }).click(),
      ]);
      expect(await page.locator('h1').textContent()).toBe('Karim Benali');
      expect(await page.getByText('Premier accompagnement').count()).toBe(1);
      await verifierAccessibilite(page, 'fiche d’un bénéficiaire');
      const fiche = page.url();

      const lien = page.getByRole('link', { name: 'Exporter ses données (JSON)' });
      const href = await lien.getAttribute('href');
      expect(href).toMatch(/\/export$/);
      const fichier = await page.request.get(href!);
      expect(fichier.headers()['content-disposition']).toMatch(/^attachment;/);
      expect((await fichier.json()).identite.nom).toBe('Benali');
      expect(await page.getByRole('link', { name: 'Exporter ses données (CSV)' }).count()).toBe(1);

      expect(await visiter(page, `${fiche}/modifier`)).toBe(200);
      await verifierAccessibilite(page, 'modification d’un bénéficiaire');
      expect(await visiter(page, '/activite/beneficiaires/doublons')).toBe(200);
      expect(await page.getByText('quelle fiche garder ?').count()).toBe(1);
      await verifierAccessibilite(page, 'doublons');

      // A person recorded without consent: the adviser records it.
      expect(await visiter(page, '/activite/beneficiaires?q=Lef%C3%A8vre')).toBe(200);
      await Promise.all([
        page.waitForURL(/\/activite\/beneficiaires\/[0-9a-f-]{36}$/),
        page.getByRole('link', { name: 'Monique Lefèvre' }).click(),
      ]);
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: 'Enregistrer le consentement' }).click(),
      ]);
      await expect
        .poll(() => page.getByText('Le consentement de la personne est enregistré.').count())
        .toBe(1);

      expect(await visiter(page, fiche)).toBe(200);
      await Promise.all([
        page.waitForURL(/\/effacer$/),
        page.getByRole('link', { name: 'Effacer ses données' }).click(),
      ]);
      await verifierAccessibilite(page, 'confirmation d’effacement');
      await Promise.all([
        page.waitForURL((u) => u.pathname === '/activite/beneficiaires'),
        page.getByRole('button', { name: 'Effacer définitivement' }).click(),
      ]);
      await expect.poll(() => page.getByText('Les données de la personne sont effacées.').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Karim Benali' }).count()).toBe(0);
      expect(await visiter(page, fiche)).toBe(404);
    } finally {
      await page.context().close();
    }
  });

  it('sur un téléphone de 375 px : la liste et la fiche ne débordent pas', async () => {
    const page = await nouvellePage(browser, { viewport: { width: 375, height: 740 }, isMobile: true });
    try {
      await seConnecter(page, persona('conseiller'));
      expect(await visiter(page, '/activite/beneficiaires')).toBe(200);
      await sansDebordement(page, 'liste');
      await verifierAccessibilite(page, 'liste (375 px)');
      expect(await visiter(page, '/activite/beneficiaires?q=jeanne%20martin')).toBe(200);
      await Promise.all([
        page.waitForURL(/\/activite\/beneficiaires\/[0-9a-f-]{36}$/),
        page.getByRole('link', { name: 'Jeanne Martin', exact: true }).first().click(),
      ]);
      await sansDebordement(page, 'fiche');
      await verifierAccessibilite(page, 'fiche (375 px)');
      await capture(page, 'activite-beneficiaire-mobile');
      expect(await visiter(page, `${page.url()}/modifier`)).toBe(200);
      await sansDebordement(page, 'modification');
    } finally {
      await page.context().close();
    }
  });
});
