import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STRUCTURES, persona } from '../../src/features/comptes/demo/personas.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { baseUrl, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/**
 * Pass numérique, end to end: the structure's software records an activity through the API (token
 * created by ANCT), the structure manager accepts cheques, records one on that activity on a 375 px
 * phone, and downloads the statement for reimbursement.
 */
describe('pass numérique : accepter, enregistrer un chèque, télécharger le relevé', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('parcours de la structure, à 375 px, pages accessibles', async () => {
    // ANCT creates the structure's token.
    const admin = await nouvellePage(browser);
    let jeton = '';
    try {
      await seConnecter(admin, persona('anct'));
      await visiter(admin, '/admin/jetons-api');
      await admin.locator('#champ-nom').fill('Logiciel de Laon (e2e pass)');
      await admin.locator('label[for="champ-portees-activite-ecriture"]').click();
      await admin.locator('#champ-structure_recherche').fill(DEMO_STRUCTURES.laon.siret);
      await admin.getByRole('button', { name: 'Créer le jeton' }).click();
      jeton = (await admin.content()).match(/mlg_[A-Za-z0-9_-]+/)?.[0] ?? '';
      expect(jeton).not.toBe('');
    } finally {
      await admin.context().close();
    }

    const aujourdhui = new Date().toISOString().slice(0, 10);
    const creation = await fetch(`${baseUrl()}/api/v1/activites`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${jeton}`,
        'content-type': 'application/json',
        'idempotency-key': `e2e-pass-${Date.now()}`,
      },
      body: JSON.stringify({
        conseiller_id: persona('laon').id,
        type: 'individuel',
        date: aujourdhui,
        duree_minutes: 30,
        type_lieu: 'domicile',
        thematiques_numeriques: ['email'],
        participants: [{ sorte: 'anonyme' }],
      }),
    });
    expect(creation.status).toBe(201);

    const page = await nouvellePage(browser, {
      viewport: { width: 375, height: 740 },
      acceptDownloads: true,
    });
    try {
      await seConnecter(page, persona('laon'));
      expect(await visiter(page, '/activite/pass')).toBe(200);
      await page.getByRole('link', { name: 'Paramètres du pass numérique' }).click();
      await verifierAccessibilite(page, '/activite/pass/parametres (375 px)');
      await page.locator('label[for="champ-accepte-oui"]').click();
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.waitForURL((u) => u.pathname === '/activite/pass');
      expect(await page.content()).toContain('accepte désormais le pass numérique');

      await page.getByRole('link', { name: 'Enregistrer des chèques' }).click();
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.waitForURL((u) => u.searchParams.has('activite'));
      await verifierAccessibilite(page, '/activite/pass/nouveau (375 px)');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const numero = `E2E${Date.now()}`.slice(0, 20);
      await page.locator('#champ-chequeNumero').fill(numero);
      await page.locator('#champ-chequeEmetteur').fill('APTIC');
      await page.locator('#champ-chequeValeur').fill('10');
      await page.locator('#champ-chequeValableJusquau').fill(`${Number(aujourdhui.slice(0, 4)) + 1}-12-31`);
      await page.getByRole('button', { name: 'Enregistrer le chèque' }).click();
      await page.waitForURL((u) => u.pathname === '/activite/pass');
      const html = await page.content();
      expect(html).toContain(`Le chèque n° ${numero} est enregistré.`);
      expect(html).toContain(numero);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await verifierAccessibilite(page, '/activite/pass (375 px)');

      const [telechargement] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Télécharger le relevé (CSV)' }).click(),
      ]);
      const csv = readFileSync((await telechargement.path())!, 'utf8');
      expect(csv).toContain(numero);
      expect(csv).toContain('Total général;1 chèque;10,00');
    } finally {
      await page.context().close();
    }
  });
});
