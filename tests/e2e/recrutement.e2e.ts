import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { siretValide } from '../factories/recrutement.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter, seDeconnecter } from './support/connexion.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

const MOT_DE_PASSE = 'Parcours-recrutement-2021';

/** Every page of the journey: the document answered and axe finds nothing. */
async function verifier(page: Page, etape: string): Promise<void> {
  await verifierAccessibilite(page, `${etape} (${new URL(page.url()).pathname})`);
}

async function soumettre(page: Page, bouton: string): Promise<void> {
  await Promise.all([
    page.waitForLoadState('load'),
    page.getByRole('button', { name: bouton, exact: true }).click(),
  ]);
  await page.waitForLoadState('load');
}

/** DSFR radio buttons are drawn by their label: click it, as a person does. */
async function cocher(page: Page, libelle: string): Promise<void> {
  await page.locator('label.fr-label', { hasText: libelle }).first().click();
}

async function connexion(page: Page, email: string, motDePasse: string): Promise<void> {
  await page.goto('/connexion');
  await page.locator('#champ-email').fill(email);
  await page.locator('#champ-motDePasse').fill(motDePasse);
  await Promise.all([
    page.waitForURL((u) => u.pathname !== '/connexion'),
    page.getByRole('button', { name: 'Se connecter', exact: true }).click(),
  ]);
}

/** "Conseillers recrutés" as the progress page shows it (national, or one département). */
async function recrutes(page: Page, departement?: string): Promise<number> {
  expect(await visiter(page, `/recrutement/avancement?departement=${departement ?? ''}`)).toBe(200);
  const texte = await page
    .locator('.fr-tile', { hasText: 'Conseillers recrutés' })
    .locator('.fr-tile__title')
    .textContent();
  return Number((texte ?? '').replace(/\D/g, ''));
}

describe('parcours du recrutement, de la candidature de la structure au conseiller validé', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('candidature → avis → comité (2 postes) → convention → appariement → recrutement → validation → avancement', async () => {
    const suffixe = Date.now().toString(36);
    const nom = `Commune du parcours ${suffixe}`;
    const email = `parcours-${suffixe}@exemple.fr`;
    const page = await nouvellePage(browser, { acceptDownloads: true });
    try {
      // Before: what the progress page says, in the Aisne and nationally (public open data).
      const avantDep = await recrutes(page, '02');
      await verifier(page, 'avancement (02, avant)');
      const avantNational = await recrutes(page);

      // 1. The structure applies with the public form.
      expect(await visiter(page, '/structures/candidature')).toBe(200);
      await verifier(page, 'formulaire de candidature');
      await page.locator('#champ-siret').fill(siretValide());
      await page.locator('#champ-nom').fill(nom);
      await page.locator('#champ-type').selectOption('COMMUNE');
      await page.locator('#champ-adresse').fill('2 place de la Mairie');
      await page.locator('#champ-commune').fill('Laon (02000)');
      await page.locator('#champ-latitude').fill('49.5650');
      await page.locator('#champ-longitude').fill('3.6150');
      await cocher(page, 'Oui, la structure intervient en quartier prioritaire (QPV)');
      await page.locator('#champ-postesDemandes').fill('2');
      await page.locator('#champ-dateDebutSouhaitee').fill('2021-04-01');
      await page.locator('#champ-motivation').fill('Deux conseillers pour nos quartiers et la médiathèque.');
      await page.locator('#champ-contactPrenom').fill('Alix');
      await page.locator('#champ-contactNom').fill('Parcours');
      await page.locator('#champ-contactFonction').fill('Secrétaire générale');
      await page.locator('#champ-contactEmail').fill(email);
      await page.locator('#champ-motDePasse').fill(MOT_DE_PASSE);
      await soumettre(page, 'Envoyer la candidature');
      expect(new URL(page.url()).pathname).toBe('/structures/candidature/confirmation');
      expect(await page.locator('main').textContent()).toContain(nom);
      await verifier(page, 'confirmation');
      await seDeconnecter(page);

      // 2. The préfecture of the Aisne gives its opinion.
      await seConnecter(page, persona('prefecture02'));
      expect(await visiter(page, `/recrutement/candidatures?q=${encodeURIComponent(nom)}`)).toBe(200);
      await verifier(page, 'liste de la préfecture');
      await Promise.all([page.waitForLoadState('load'), page.getByRole('link', { name: nom }).click()]);
      await verifier(page, 'dossier (préfecture)');
      await cocher(page, 'Favorable');
      await page.locator('#champ-commentaire').fill('Projet cohérent avec le maillage du Laonnois.');
      // Ranks are unique per département and the demo data already ranks the Aisne's applications.
      await page.locator('#champ-rangPriorite').fill(String(10_000 + (Date.now() % 80_000)));
      await soumettre(page, 'Enregistrer l’avis');
      expect(await page.locator('.fr-alert--success').textContent()).toContain('Avis enregistré');
      await verifier(page, 'avis enregistré');
      const dossier = new URL(page.url()).pathname;
      await seDeconnecter(page);

      // 3. ANCT opens a committee session and grants 2 posts.
      await seConnecter(page, persona('anct'));
      expect(await visiter(page, '/anct/comite')).toBe(200);
      await verifier(page, 'comité');
      await page.locator('#champ-date').fill('2021-03-31');
      await soumettre(page, 'Créer la session');
      expect(new URL(page.url()).pathname).toMatch(/^\/anct\/comite\/[0-9a-f-]{36}$/);
      await verifier(page, 'session du comité');
      expect(await visiter(page, dossier)).toBe(200);
      await cocher(page, 'Positif : attribuer des postes');
      await page.locator('#champ-postes').fill('2');
      await soumettre(page, 'Enregistrer la décision');
      expect(await page.locator('.fr-alert--success').textContent()).toContain('convention');
      expect(await page.locator('main').textContent()).toContain('Validée par le comité de sélection');
      await verifier(page, 'décision enregistrée');
      await seDeconnecter(page);

      // 4. The structure downloads its convention.
      await connexion(page, email, MOT_DE_PASSE);
      expect(await visiter(page, '/structure/conventions')).toBe(200);
      await verifier(page, 'conventions de la structure');
      const [telechargement] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /Télécharger la convention CNFS-/ }).click(),
      ]);
      expect(telechargement.suggestedFilename()).toMatch(/^convention-CNFS-\d{4}-\d{6}\.pdf$/);
      const chemin = await telechargement.path();
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(chemin).subarray(0, 5).toString()).toBe('%PDF-');
      await seDeconnecter(page);

      // 5. Matching, on demand by ANCT, proposes nearby candidates.
      await seConnecter(page, persona('anct'));
      expect(await visiter(page, '/anct/appariement')).toBe(200);
      await verifier(page, 'appariement');
      await soumettre(page, 'Lancer l’appariement maintenant');
      // A background task: its page follows it and shows the summary once it has run.
      await page.locator('.fr-alert--success').waitFor({ timeout: 60_000 });
      expect(await page.locator('.fr-alert--success').textContent()).toContain('Appariement terminé');
      await verifier(page, 'appariement terminé');
      await seDeconnecter(page);

      // 6. The structure marks its interest and recruits one candidate.
      await connexion(page, email, MOT_DE_PASSE);
      expect(await visiter(page, '/structure/candidats')).toBe(200);
      await verifier(page, 'candidats proposés');
      await Promise.all([
        page.waitForLoadState('load'),
        page
          .getByRole('button', { name: /^Intéressé par / })
          .first()
          .click(),
      ]);
      await page.waitForLoadState('load');
      const retenu = page
        .locator('table', { has: page.locator('caption', { hasText: 'Candidats retenus' }) })
        .locator('tbody a')
        .first();
      await Promise.all([page.waitForLoadState('load'), retenu.click()]);
      await verifier(page, 'fiche du candidat');
      const conseiller = (await page.locator('h1').textContent())!.trim();
      await cocher(page, 'Contrat à durée déterminée (CDD)');
      await page.locator('#champ-dateDebut').fill('2021-04-15');
      await page.locator('#champ-dateFin').fill('2023-04-14');
      await page.locator('#champ-heuresHebdo').fill('35');
      await soumettre(page, 'Enregistrer le recrutement');
      expect(new URL(page.url()).pathname).toBe('/structure/conseillers');
      expect(await page.locator('main').textContent()).toContain(conseiller);
      await verifier(page, 'conseillers de la structure');
      await capture(page, 'recrutement-conseillers');
      await seDeconnecter(page);

      // 7. ANCT validates the recruitment.
      await seConnecter(page, persona('anct'));
      expect(await visiter(page, '/anct/recrutements')).toBe(200);
      await verifier(page, 'recrutements à valider');
      await soumettre(page, `Valider le recrutement de ${conseiller}`);
      expect(await page.locator('.fr-alert--success').textContent()).toContain('Recrutement validé');
      await verifier(page, 'recrutement validé');

      // 8. The progress page counts one more adviser, in the Aisne and nationally.
      expect(await recrutes(page, '02')).toBe(avantDep + 1);
      await verifier(page, 'avancement (02, après)');
      expect(await recrutes(page)).toBe(avantNational + 1);
      await verifier(page, 'avancement national');
      await capture(page, 'recrutement-avancement');
    } finally {
      await page.context().close();
    }
  }, 300_000);
});
