import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { prng, siretAleatoire } from '../../src/features/lieux/demo/generateur.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/**
 * Geocoding (issue 8, defect 5) against the local server in the BAN's format started by the global
 * setup: the address autocomplete of the place form (combobox, announced results), the proposals after
 * a submit without JavaScript, and the public search by street address.
 */

const SERVICE = 'Aide aux démarches administratives';

async function remplirLieu(page: Page, nom: string, graine: number) {
  await page.locator('#champ-nom').fill(nom);
  await page.locator('#champ-pivot').fill(siretAleatoire(prng(graine)));
  // Keyboard, like a person tabbing through the form (at 375 px the label may sit under the hours table).
  await page.getByRole('checkbox', { name: SERVICE }).focus();
  await page.keyboard.press('Space');
  expect(await page.getByRole('checkbox', { name: SERVICE }).isChecked()).toBe(true);
}

/** Submits the place form from the keyboard (focus on the button, Enter), as a keyboard user does. */
async function envoyer(page: Page) {
  await page.getByRole('button', { name: 'Enregistrer' }).focus();
  await page.keyboard.press('Enter');
}

/**
 * axe runs inside the page and needs JavaScript: the markup a page without JavaScript received is
 * checked in a page with it, on the same origin (its styles and scripts load as they would).
 */
async function axeSurLeBalisage(browser: Browser, sansJs: Page, label: string) {
  const html = await sansJs.content();
  const page = await nouvellePage(browser, {
    viewport: sansJs.viewportSize() ?? { width: 1280, height: 900 },
  });
  try {
    await visiter(page, '/mentions-legales');
    await page.setContent(html, { waitUntil: 'load' });
    await verifierAccessibilite(page, label);
  } finally {
    await page.context().close();
  }
}

describe('géocodage des adresses (serveur local au format de la BAN)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  for (const largeur of [1280, 375]) {
    it(`avec JavaScript, ${largeur} px : l’adresse propose des suggestions annoncées, le choix remplit commune et position`, async () => {
      const page = await nouvellePage(browser, { viewport: { width: largeur, height: 900 } });
      try {
        await seConnecter(page, persona('laon'));
        expect(await visiter(page, '/structure/lieux/nouveau')).toBe(200);
        expect(await page.content()).not.toContain('clic droit');
        const adresse = page.getByRole('combobox', { name: /Adresse/ });
        await adresse.click();
        await adresse.pressSequentially('12 rue Sér', { delay: 20 });
        const option = page.getByRole('option', { name: '12 Rue Sérurier 02000 Laon' });
        await option.waitFor();
        expect(await adresse.getAttribute('aria-expanded')).toBe('true');
        await expect
          .poll(() => page.locator('[data-adresse-autocomplete] [role="status"]').textContent())
          .toMatch(/adresses? proposées?/);
        await verifierAccessibilite(
          page,
          `formulaire de lieu, suggestions d’adresses ouvertes (${largeur} px)`,
        );
        await adresse.press('ArrowDown');
        expect(await adresse.getAttribute('aria-activedescendant')).toBeTruthy();
        await adresse.press('Enter');
        expect(await adresse.inputValue()).toBe('12 Rue Sérurier');
        expect(await page.locator('#champ-commune').inputValue()).toBe('Laon (02000)');
        expect(await page.locator('#champ-code_insee').inputValue()).toBe('02408');
        expect(await page.locator('#champ-latitude').inputValue()).toBe('49.5661');
        expect(await page.locator('#champ-longitude').inputValue()).toBe('3.6171');
        expect(await adresse.getAttribute('aria-expanded')).toBe('false');
        await capture(page, `geocodage-suggestions-${largeur}`);
        await remplirLieu(page, `Point géocodé JS ${largeur}`, largeur);
        await Promise.all([
          page.waitForURL((u) => u.pathname === '/structure/lieux'),
          page.getByRole('button', { name: 'Enregistrer' }).click(),
        ]);
        await verifierAccessibilite(page, `liste des lieux après enregistrement (${largeur} px)`);
      } finally {
        await page.context().close();
      }
    });
  }

  it('sans JavaScript, 375 px : après l’envoi, le formulaire propose les adresses ; le choix est enregistré', async () => {
    const page = await nouvellePage(browser, {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 740 },
    });
    try {
      await seConnecter(page, persona('laon'));
      expect(await visiter(page, '/structure/lieux/nouveau')).toBe(200);
      const nom = 'Point géocodé sans JavaScript';
      await remplirLieu(page, nom, 375_001);
      await page.locator('#champ-adresse').fill('rue Sérurier');
      await page.locator('#champ-commune').fill('Laon');
      const reponse = await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/structure/lieux/nouveau') && r.request().method() === 'POST',
        ),
        envoyer(page),
      ]);
      expect(reponse[0].status()).toBe(422);
      await page.getByRole('group', { name: 'Choisissez l’adresse' }).waitFor();
      expect(await page.locator('.fr-error-text').allTextContents()).toContainEqual(
        expect.stringContaining('choisissez-la parmi les adresses proposées'),
      );
      await axeSurLeBalisage(browser, page, 'adresses proposées sans JavaScript (375 px)');
      await capture(page, 'geocodage-propositions-375');
      await page.getByRole('radio', { name: '2 Rue Sérurier 02000 Laon', exact: true }).focus();
      await page.keyboard.press('Space');
      await Promise.all([page.waitForURL((u) => u.pathname === '/structure/lieux'), envoyer(page)]);
      const api = await page.request.get(`/api/v1/lieux?${new URLSearchParams({ q: nom })}`);
      const lieu = (await api.json()).data.find((l: { nom: string }) => l.nom === nom);
      expect(lieu).toMatchObject({ adresse: '2 Rue Sérurier', latitude: 49.5652, longitude: 3.6158 });
    } finally {
      await page.context().close();
    }
  });

  for (const js of [true, false]) {
    it(`recherche publique par adresse « 20 avenue de Ségur Paris » (${js ? 'avec' : 'sans'} JavaScript, 375 px et bureau)`, async () => {
      for (const largeur of [1280, 375]) {
        const page = await nouvellePage(browser, {
          javaScriptEnabled: js,
          viewport: { width: largeur, height: 900 },
        });
        try {
          expect(await visiter(page, '/lieux')).toBe(200);
          await page
            .getByLabel('Adresse, commune, code postal ou nom du lieu')
            .fill('20 avenue de Ségur Paris');
          await Promise.all([
            page.waitForURL((u) => u.searchParams.get('q') === '20 avenue de Ségur Paris'),
            page.getByRole('button', { name: 'Rechercher' }).click(),
          ]);
          await expect
            .poll(() => page.locator('#resultats').textContent())
            .toMatch(/à moins de \d+ km de 20 Avenue de Ségur 75007 Paris/);
          const label = `recherche par adresse (${js ? 'JS' : 'sans JS'}, ${largeur} px)`;
          if (js) await verifierAccessibilite(page, label);
          else await axeSurLeBalisage(browser, page, label);
        } finally {
          await page.context().close();
        }
      }
    });
  }
});
