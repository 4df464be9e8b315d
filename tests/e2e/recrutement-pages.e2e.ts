import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

/** Pages of the recruitment programme beyond the main journey, including their error states. */

async function ouvrir(page: Page, url: string): Promise<void> {
  expect(await visiter(page, url), url).toBe(200);
  await verifierAccessibilite(page, url);
}

async function envoyer(page: Page, bouton: string): Promise<void> {
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: bouton, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
}

describe('pages du recrutement : accessibilité, erreurs, sans JavaScript', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('formulaires publics : erreurs listées et reliées aux champs, sans violation', async () => {
    const page = await nouvellePage(browser);
    try {
      for (const [url, bouton] of [
        ['/candidature', 'Envoyer ma candidature'],
        ['/structures/candidature', 'Envoyer la candidature'],
      ] as const) {
        await ouvrir(page, url);
        await envoyer(page, bouton);
        await expect
          .poll(() => page.locator('#resume-erreurs').textContent())
          .toContain('Le formulaire contient');
        expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(3);
        await verifierAccessibilite(page, `${url} (erreurs)`);
      }
    } finally {
      await page.context().close();
    }
  });

  it('sans JavaScript, un candidat choisit sa commune parmi les homonymes puis candidate', async () => {
    // No axe in this context: axe runs inside the page and needs JavaScript (the pages are checked above).
    const page = await nouvellePage(browser, { javaScriptEnabled: false });
    try {
      expect(await visiter(page, '/candidature')).toBe(200);
      const suffixe = Date.now().toString(36);
      await page.locator('#champ-prenom').fill('Sans');
      await page.locator('#champ-nom').fill(`Script ${suffixe}`);
      await page.locator('#champ-email').fill(`sans-js-${suffixe}@exemple.fr`);
      await page.locator('#champ-commune').fill('Beaulieu');
      await page.locator('#champ-latitude').fill('45.0');
      await page.locator('#champ-longitude').fill('2.0');
      await page.locator('label[for="champ-rayonMobiliteKm-40"]').click();
      await page.locator('#champ-dateDisponibilite').fill('2021-05-01');
      await page.locator('label[for="champ-situations-en_formation"]').click();
      await page.locator('label[for="champ-diplome-non"]').click();
      await page.locator('#champ-motivation').fill('Je veux accompagner les habitants de ma commune.');
      await page.locator('#champ-motDePasse').fill('Une-phrase-de-passe-sans-js');
      await page.locator('label[for="champ-consentement"]').click();
      await envoyer(page, 'Envoyer ma candidature');
      // Several communes are called Beaulieu: the server offers them as radio buttons.
      expect(await page.locator('#champ-commune-choix').textContent()).toContain('Choisissez la commune');
      await page.locator('#champ-commune-choix label').first().click();
      await page.locator('#champ-motDePasse').fill('Une-phrase-de-passe-sans-js');
      await envoyer(page, 'Envoyer ma candidature');
      expect(new URL(page.url()).pathname).toBe('/candidature/confirmation');
      expect(await visiter(page, '/candidat/candidature')).toBe(200);
      expect(await page.locator('main').textContent()).toContain('Beaulieu');
    } finally {
      await page.context().close();
    }
  });

  it('avec JavaScript : commune choisie dans les suggestions, confirmation, espace et retrait sans violation', async () => {
    const page = await nouvellePage(browser);
    try {
      await ouvrir(page, '/candidature');
      const suffixe = Date.now().toString(36);
      await page.locator('#champ-prenom').fill('Avec');
      await page.locator('#champ-nom').fill(`Script ${suffixe}`);
      await page.locator('#champ-email').fill(`avec-js-${suffixe}@exemple.fr`);
      await page.locator('#champ-commune').pressSequentially('Beaulieu', { delay: 30 });
      await page.locator('[role="listbox"] [role="option"]').first().click();
      await verifierAccessibilite(page, '/candidature (suggestions de communes)');
      await page.locator('#champ-latitude').fill('45.0');
      await page.locator('#champ-longitude').fill('2.0');
      await page.locator('label[for="champ-rayonMobiliteKm-sans_limite"]').click();
      await page.locator('#champ-dateDisponibilite').fill('2021-05-01');
      await page.locator('label[for="champ-situations-demandeur_emploi"]').click();
      await page.locator('#champ-motivation').fill('Je veux accompagner les habitants de ma commune.');
      await page.locator('#champ-motDePasse').fill('Une-phrase-de-passe-avec-js');
      await page.locator('label[for="champ-consentement"]').click();
      await envoyer(page, 'Envoyer ma candidature');
      expect(new URL(page.url()).pathname).toBe('/candidature/confirmation');
      await verifierAccessibilite(page, '/candidature/confirmation');
      await ouvrir(page, '/candidat/candidature');
      await ouvrir(page, '/candidat/propositions');
      await ouvrir(page, '/candidat/retrait');
    } finally {
      await page.context().close();
    }
  });

  it('structure : recherche, fiche d’un candidat, retrait, conventions', async () => {
    const page = await nouvellePage(browser);
    try {
      await seConnecter(page, persona('laon'));
      await ouvrir(page, '/structure/candidats/recherche?distanceMax=20');
      await ouvrir(page, '/structure/candidats');
      const lien = page.locator('main table tbody a').first();
      await Promise.all([page.waitForLoadState('load'), lien.click()]);
      await verifierAccessibilite(page, 'fiche candidat');
      await ouvrir(page, '/structure/candidature/retrait');
      await ouvrir(page, '/structure/conventions');
      await ouvrir(page, '/structure/conseillers');
    } finally {
      await page.context().close();
    }
  });

  it('préfecture : carte, avis invalide signalé', async () => {
    const page = await nouvellePage(browser);
    try {
      await seConnecter(page, persona('prefecture80'));
      await ouvrir(page, '/recrutement/candidatures?vue=carte');
      await expect
        .poll(() => page.locator('#carte-candidatures canvas').count(), { timeout: 20_000 })
        .toBe(1);
      await verifierAccessibilite(page, 'carte chargée');
      await ouvrir(page, '/recrutement/candidatures?avis=sans');
      await Promise.all([page.waitForLoadState('load'), page.locator('main table tbody a').first().click()]);
      await verifierAccessibilite(page, 'dossier à examiner');
      await page.locator('#champ-commentaire').fill('Court');
      await envoyer(page, 'Enregistrer l’avis');
      expect(await page.locator('#resume-erreurs').textContent()).toContain('entre 10 et 1000 caractères');
      await verifierAccessibilite(page, 'avis invalide');
    } finally {
      await page.context().close();
    }
  });

  it('ANCT : paramètres, formations, sessions, conventions, décision refusée', async () => {
    const page = await nouvellePage(browser);
    try {
      await seConnecter(page, persona('anct'));
      for (const url of [
        '/anct/programme',
        '/anct/formations',
        '/anct/formations?certification=aucune',
        '/anct/conventions',
        '/anct/appariement',
      ]) {
        await ouvrir(page, url);
      }
      await ouvrir(page, '/anct/comite');
      await Promise.all([page.waitForLoadState('load'), page.locator('main table tbody a').first().click()]);
      await verifierAccessibilite(page, 'session du comité');
      await ouvrir(page, '/recrutement/candidatures?statut=CREEE');
      await Promise.all([page.waitForLoadState('load'), page.locator('main table tbody a').first().click()]);
      await page.locator('label', { hasText: 'Positif : attribuer des postes' }).click();
      await page.locator('#champ-postes').fill('500');
      await envoyer(page, 'Enregistrer la décision');
      expect(await page.locator('main').textContent()).toContain(
        'Indiquez un nombre de postes entre 1 et 100.',
      );
      await verifierAccessibilite(page, 'décision refusée');
      await ouvrir(page, '/anct/programme');
      await page.locator('#champ-postesCibles').fill('1');
      await envoyer(page, 'Enregistrer les paramètres');
      expect(await page.locator('main').textContent()).toContain('L’objectif ne peut être inférieur');
      await verifierAccessibilite(page, 'paramètres refusés');
    } finally {
      await page.context().close();
    }
  });
});
