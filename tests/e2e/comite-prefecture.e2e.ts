import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter, seDeconnecter } from './support/connexion.ts';
import { lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/**
 * Issue 8: ANCT records a committee session on its worksheet and downloads the minutes; a préfecture
 * reads its département's advisers and conventions and cannot give the same priority rank twice.
 * Each page is checked with axe on a desktop and on a 375 px phone, where nothing sticks out sideways.
 */

async function verifier(page: Page, etape: string): Promise<void> {
  await verifierAccessibilite(page, `${etape} (${new URL(page.url()).pathname}, bureau)`);
  await page.setViewportSize({ width: 375, height: 740 });
  const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(largeur, `${etape} : ${largeur} px de large sur un téléphone de 375 px`).toBeLessThanOrEqual(375);
  await verifierAccessibilite(page, `${etape} (${new URL(page.url()).pathname}, 375 px)`);
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function soumettre(page: Page, bouton: string): Promise<void> {
  const chargee = page.waitForEvent('load');
  await page.getByRole('button', { name: bouton, exact: true }).click();
  await chargee;
}

async function telecharger(page: Page, lien: string): Promise<{ nom: string; contenu: Buffer }> {
  const [fichier] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: lien, exact: true }).click(),
  ]);
  return { nom: fichier.suggestedFilename(), contenu: readFileSync(await fichier.path()) };
}

describe('comité de sélection en feuille de séance, et préfecture', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('ANCT remplit la feuille de séance (une erreur signalée, puis enregistrée) et télécharge le procès-verbal', async () => {
    const page = await nouvellePage(browser, { viewport: { width: 1280, height: 720 } });
    try {
      await seConnecter(page, persona('anct'));
      expect(await visiter(page, '/anct/comite')).toBe(200);
      await page.locator('#champ-date').fill('2021-04-14');
      await soumettre(page, 'Créer la session');
      const session = new URL(page.url()).pathname;
      expect(session).toMatch(/^\/anct\/comite\/[0-9a-f-]{36}$/);
      await verifier(page, 'session');

      const chargee = page.waitForEvent('load');
      await page.getByRole('link', { name: 'Remplir la feuille de séance' }).click();
      await chargee;
      expect(new URL(page.url()).pathname).toBe(`${session}/feuille`);
      expect(await visiter(page, `${session}/feuille?departement=02`)).toBe(200);
      await verifier(page, 'feuille de séance');

      const id = await page.locator('input[name="candidatures"]').first().getAttribute('value');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const structure = (await page.locator('main tbody th a').first().textContent())!.trim();
      await page.locator(`#champ-choix_${id}`).selectOption('positif');
      await page.locator(`#champ-postes_${id}`).fill('0');
      await soumettre(page, 'Enregistrer les décisions de la session');
      expect(await page.locator('#resume-erreurs').textContent()).toContain(
        `${structure} : Indiquez un nombre de postes entre 1 et 100.`,
      );
      expect(await page.locator('#resume-erreurs a').first().getAttribute('href')).toBe(
        `#champ-postes_${id}`,
      );
      expect(await page.locator(`#champ-postes_${id}`).getAttribute('aria-invalid')).toBe('true');
      await verifier(page, 'feuille de séance (erreurs)');

      await page.locator(`#champ-postes_${id}`).fill('1');
      await page.locator(`#champ-commentaire_${id}`).fill('Un poste pour commencer.');
      await soumettre(page, 'Enregistrer les décisions de la session');
      expect(new URL(page.url()).pathname).toBe(session);
      expect(await page.locator('.fr-alert--success').textContent()).toContain(
        '1 décision enregistrée et 1 convention générée.',
      );
      expect(await page.locator('main table').textContent()).toContain(structure);

      const pdf = await telecharger(page, 'Procès-verbal (PDF)');
      expect(pdf.nom).toMatch(/^proces-verbal-session-\d+\.pdf$/);
      expect(pdf.contenu.subarray(0, 5).toString()).toBe('%PDF-');
      const xlsx = await telecharger(page, 'Procès-verbal (tableur XLSX)');
      expect(xlsx.nom).toMatch(/^proces-verbal-session-\d+\.xlsx$/);
      expect(xlsx.contenu.subarray(0, 2).toString()).toBe('PK');
      await seDeconnecter(page);
    } finally {
      await page.context().close();
    }
  });

  it('la préfecture voit ses conseillers, ses conventions, ses invitations, et ne donne pas deux fois le même rang', async () => {
    const page = await nouvellePage(browser, { viewport: { width: 1280, height: 720 } });
    try {
      await seConnecter(page, persona('prefecture02'));
      for (const [url, titre] of [
        ['/prefecture/conseillers', 'Conseillers numériques — Aisne (02)'],
        ['/prefecture/conventions', 'Conventions — Aisne (02)'],
        ['/prefecture/invitations', 'Agents de la préfecture — Aisne (02)'],
      ] as const) {
        expect(await visiter(page, url), url).toBe(200);
        expect(await page.locator('h1').textContent()).toBe(titre);
        await verifier(page, url);
      }
      expect(await visiter(page, '/prefecture/conventions')).toBe(200);
      expect(await page.locator('main table').textContent()).toMatch(/CNFS-\d{4}-\d{6}/);

      expect(await visiter(page, '/recrutement/candidatures?statut=CREEE')).toBe(200);
      const liens = page.locator('main table tbody th a');
      const [a, b] = [await liens.nth(0).getAttribute('href'), await liens.nth(1).getAttribute('href')];
      expect(a).not.toBe(b);
      const rang = String(20_000 + (Date.now() % 70_000));
      const donnerAvis = async (dossier: string) => {
        expect(await visiter(page, dossier)).toBe(200);
        await page.locator('label.fr-label', { hasText: 'Favorable' }).first().click();
        await page.locator('#champ-commentaire').fill('Projet prioritaire pour le maillage du département.');
        await page.locator('#champ-rangPriorite').fill(rang);
        await soumettre(page, 'Enregistrer l’avis');
      };
      await donnerAvis(a!);
      expect(await page.locator('.fr-alert--success').textContent()).toContain('Avis enregistré');
      await donnerAvis(b!);
      expect(await page.locator('#resume-erreurs').textContent()).toContain(
        `Le rang ${rang} est déjà donné à «`,
      );
      expect(await page.locator('#champ-rangPriorite').getAttribute('aria-invalid')).toBe('true');
      await verifier(page, 'rang déjà donné');
      await seDeconnecter(page);
    } finally {
      await page.context().close();
    }
  });
});
