import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { csvStandard, lignesGenerees } from '../fixtures/lieux/standard.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

const DEMARCHES = 'Aide aux démarches administratives';

/** Distances of the result list, in page order ("à 650 m" → 0.65, "à 3,2 km" → 3.2). */
async function distances(page: Page): Promise<number[]> {
  const textes = await page.locator('.maillage-resultat .maillage-distance').allTextContents();
  return textes.map((t) => {
    const m = t.match(/à ([\d,]+) (km|m)/);
    if (!m) throw new Error(`distance illisible : ${t}`);
    const v = Number(m[1]!.replace(',', '.'));
    return m[2] === 'm' ? v / 1000 : v;
  });
}

/** What a person does: types the commune, picks 20 km, ticks the service, submits. */
async function chercherLaon(page: Page): Promise<void> {
  expect(await visiter(page, '/lieux')).toBe(200);
  await page.getByLabel('Commune, code postal ou nom du lieu').fill('Laon');
  await page.getByLabel('Distance maximale').selectOption('20');
  // DSFR draws the box on the label: a person clicks the label.
  await page.locator('label', { hasText: DEMARCHES }).first().click();
  expect(await page.getByLabel(DEMARCHES).isChecked()).toBe(true);
  await Promise.all([
    page.waitForURL((u) => u.searchParams.get('q') === 'Laon'),
    page.getByRole('button', { name: 'Rechercher' }).click(),
  ]);
}

async function verifierResultatsLaon(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('#resultats').textContent())
    .toMatch(/\d+ lieux à moins de 20 km de Laon/);
  const km = await distances(page);
  expect(km.length).toBeGreaterThan(5);
  expect(km).toEqual([...km].sort((a, b) => a - b));
  expect(Math.max(...km)).toBeLessThanOrEqual(20);
  const services = await page
    .locator('.maillage-resultat')
    .evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
  for (const s of services) expect(s).toContain(DEMARCHES);
}

describe('lieux de médiation numérique', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('Laon, 20 km, « Aide aux démarches administratives » : triés par distance ; carte ; fiche ; sans erreur axe', async () => {
    const page = await nouvellePage(browser);
    try {
      await chercherLaon(page);
      await verifierResultatsLaon(page);
      await verifierAccessibilite(page, '/lieux (liste)');
      await capture(page, 'lieux-liste');

      await Promise.all([
        page.waitForURL((u) => u.searchParams.get('vue') === 'carte'),
        page.getByRole('link', { name: 'Carte' }).click(),
      ]);
      await page.locator('#carte-lieux canvas.maplibregl-canvas').waitFor({ timeout: 30_000 });
      await expect
        .poll(() => page.locator('#carte-lieux .maillage-carte__compte, #carte-lieux').count())
        .toBeGreaterThan(0);
      await page.waitForTimeout(1000);
      await verifierResultatsLaon(page);
      await verifierAccessibilite(page, '/lieux (carte)');
      await capture(page, 'lieux-carte');

      const premier = page.locator('.maillage-resultat h3 a').first();
      const nom = (await premier.textContent()) ?? '';
      await Promise.all([page.waitForURL(/\/lieux\/[0-9a-f-]{36}$/), premier.click()]);
      expect(await page.locator('h1').textContent()).toBe(nom);
      expect(await page.locator('table caption').first().textContent()).toContain('Horaires de la semaine');
      expect(await page.locator('main').textContent()).toContain('Signaler une erreur');
      await verifierAccessibilite(page, '/lieux/{id}');
      await capture(page, 'lieux-fiche');
    } finally {
      await page.context().close();
    }
  });

  it('« Autour de moi » : la position du navigateur', async () => {
    const page = await nouvellePage(browser, {
      geolocation: { latitude: 49.5641, longitude: 3.6199 },
      permissions: ['geolocation'],
    });
    try {
      expect(await visiter(page, '/lieux')).toBe(200);
      await Promise.all([
        page.waitForURL((u) => u.searchParams.has('lat')),
        page.getByRole('button', { name: 'Autour de moi' }).click(),
      ]);
      await expect
        .poll(() => page.locator('#resultats').textContent())
        .toMatch(/à moins de 20 km de votre position/);
      const km = await distances(page);
      expect(km.length).toBeGreaterThan(5);
      expect(km).toEqual([...km].sort((a, b) => a - b));
    } finally {
      await page.context().close();
    }
  });

  it('la même recherche sans JavaScript', async () => {
    const page = await nouvellePage(browser, { javaScriptEnabled: false });
    try {
      await chercherLaon(page);
      await verifierResultatsLaon(page);
      // Without JavaScript the position button stays hidden (axe ran on the same markup above).
      expect(await page.locator('#autour-de-moi').isVisible()).toBe(false);
      await Promise.all([
        page.waitForURL((u) => u.searchParams.get('vue') === 'carte'),
        page.getByRole('link', { name: 'Carte' }).click(),
      ]);
      expect(await page.locator('#carte-lieux').textContent()).toContain('La carte a besoin de JavaScript');
      await verifierResultatsLaon(page);
    } finally {
      await page.context().close();
    }
  });

  it('une structure gère ses lieux : liste et formulaire accessibles', async () => {
    const page = await nouvellePage(browser);
    try {
      await seConnecter(page, persona('laon'));
      expect(await visiter(page, '/structure/lieux')).toBe(200);
      expect(await page.locator('main').textContent()).toContain('À actualiser');
      await verifierAccessibilite(page, '/structure/lieux');
      await capture(page, 'lieux-gestion-liste');
      expect(await visiter(page, '/structure/lieux/nouveau')).toBe(200);
      // With JavaScript only the chosen way of entering the hours is shown.
      expect(await page.locator('[data-horaires-mode="texte"]').isVisible()).toBe(false);
      await page.locator('label[for="horaires-mode-texte"]').click();
      expect(await page.locator('[data-horaires-mode="texte"]').isVisible()).toBe(true);
      await verifierAccessibilite(page, '/structure/lieux/nouveau');
      await capture(page, 'lieux-gestion-formulaire');
    } finally {
      await page.context().close();
    }
  });

  it('l’ANCT importe un fichier : la page suit l’avancement puis montre le rapport ; sans JavaScript, un lien actualise', async () => {
    // 1,500 places around Bordeaux only: the demo's Aisne and Somme, which other journeys search, stay as they are.
    const autourDeBordeaux = lignesGenerees(15_000, 'e2e').filter((_, i) => i % 10 === 4);
    const fichier = {
      name: 'import-e2e.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvStandard(autourDeBordeaux)),
    };
    for (const largeur of [1280, 375]) {
      const page = await nouvellePage(browser, { viewport: { width: largeur, height: 900 } });
      try {
        await seConnecter(page, persona('anct'));
        expect(await visiter(page, '/admin/lieux/import')).toBe(200);
        await page.getByLabel('Nom de la source', { exact: false }).fill(`e2e-${largeur}`);
        await page.locator('input[type="file"][name="fichier"]').setInputFiles(fichier);
        await Promise.all([
          page.waitForURL(/\/admin\/lieux\/import\/[0-9a-f-]{36}$/),
          page.getByRole('button', { name: /Importer|Lancer/ }).click(),
        ]);
        const suivi = page.url();
        if (await page.getByText('Avancement de l’import').isVisible()) {
          await verifierAccessibilite(page, `suivi d’import ${largeur} px`);
          await capture(page, `lieux-import-suivi-${largeur}`);
          const largeurPage = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(largeurPage).toBeLessThanOrEqual(largeur);
        }
        // The script reloads the page once the import has run.
        await page.getByRole('heading', { name: 'Rapport d’import' }).waitFor({ timeout: 120_000 });
        await verifierAccessibilite(page, `rapport d’import ${largeur} px`);
        expect(page.url()).toBe(suivi);
      } finally {
        await page.context().close();
      }
    }
    // Without JavaScript the waiting page has a link that reloads it.
    const sansJs = await nouvellePage(browser, { javaScriptEnabled: false });
    try {
      await seConnecter(sansJs, persona('anct'));
      expect(await visiter(sansJs, '/admin/lieux/import')).toBe(200);
      await sansJs.getByLabel('Nom de la source', { exact: false }).fill('e2e-sans-js');
      await sansJs.locator('input[type="file"][name="fichier"]').setInputFiles(fichier);
      await Promise.all([
        sansJs.waitForURL(/\/admin\/lieux\/import\/[0-9a-f-]{36}$/),
        sansJs.getByRole('button', { name: /Importer|Lancer/ }).click(),
      ]);
      for (
        let i = 0;
        i < 120 && (await sansJs.getByRole('link', { name: 'Actualiser l’avancement' }).count()) > 0;
        i++
      ) {
        await sansJs.waitForTimeout(1000);
        await sansJs.getByRole('link', { name: 'Actualiser l’avancement' }).click();
      }
      await sansJs.getByRole('heading', { name: 'Rapport d’import' }).waitFor();
    } finally {
      await sansJs.context().close();
    }
  });
});
