import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ATELIERS_DEMO } from '../../src/features/activite/ateliers/demo.ts';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { type OutboxMail, readOutbox } from '../../src/platform/mail/mailer.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter } from './support/connexion.ts';
import { lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

async function courriel(to: string, sujet: string): Promise<OutboxMail> {
  const outbox = path.join(inject('dataDir'), 'outbox');
  let trouve: OutboxMail | undefined;
  await expect
    .poll(
      async () => {
        trouve = (await readOutbox(outbox, 500)).find(
          (m) => m.to.includes(to) && m.subject.startsWith(sujet),
        );
        return Boolean(trouve);
      },
      { timeout: 10_000, message: `courriel « ${sujet} » à ${to}` },
    )
    .toBe(true);
  return trouve!;
}

/** The "Accompagnements" total a statistics page shows (null: suppressed, « moins de 11 »). */
async function accompagnementsAffiches(page: Page, url: string): Promise<number | null> {
  expect(await visiter(page, url)).toBe(200);
  const tuile = page.locator('.fr-tile__content', {
    has: page.locator('.fr-tile__desc', { hasText: /^Accompagnements$/ }),
  });
  const texte = (await tuile.locator('.fr-tile__title').textContent()) ?? '';
  return /\d/.test(texte) && !/moins/.test(texte) ? Number(texte.replace(/\D/g, '')) : null;
}

/** The four statistics pages where a conseiller's collective activity must show up. */
const PAGES_STATISTIQUES = [
  ['conseiller', '/activite/statistiques'],
  ['laon', '/activite/statistiques'],
  ['prefecture02', '/prefecture/activite/statistiques'],
  [null, '/statistiques/activite/02'],
] as const;

/**
 * axe finds nothing, and at 375 px nothing sticks out sideways. axe runs in the page: a page without
 * JavaScript is checked by opening its address again in a page with JavaScript (GET pages only).
 */
async function verifier(page: Page, etape: string, avecJs?: Page): Promise<void> {
  if (avecJs) {
    expect(await visiter(avecJs, page.url())).toBe(200);
    page = avecJs;
  }
  await verifierAccessibilite(page, etape);
  await page.setViewportSize({ width: 375, height: 740 });
  const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(largeur, `${etape} : ${largeur} px sur 375 px`).toBeLessThanOrEqual(375);
  await verifierAccessibilite(page, `${etape} (375 px)`);
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function sInscrire(page: Page, prenom: string, courrielInscrit: string) {
  await page.locator('#champ-prenom').fill(prenom);
  await page.locator('#champ-nom').fill('Essai');
  await page.locator('#champ-courriel').fill(courrielInscrit);
  await page.locator('label[for="champ-consentement"]').click();
  await Promise.all([
    page.waitForURL((u) => u.pathname.endsWith('/inscription')),
    page.locator('form[action$="/inscription"] button[type="submit"]').click(),
  ]);
}

describe('agenda des ateliers : inscription sans compte, liste d’attente, annulation, appel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it('trouver près de Laon, s’inscrire sans JavaScript, liste d’attente, annulation par le lien, appel', async () => {
    const sansJs = await nouvellePage(browser, { javaScriptEnabled: false });
    const controle = await nouvellePage(browser);
    expect(await visiter(sansJs, '/ateliers')).toBe(200);
    await verifier(sansJs, 'agenda', controle);
    await sansJs.locator('#champ-commune').fill('Laon');
    await Promise.all([
      sansJs.waitForURL((u) => u.searchParams.has('commune')),
      sansJs.getByRole('button', { name: 'Rechercher des ateliers' }).click(),
    ]);
    const lien = sansJs.locator(`a[href="/ateliers/${ATELIERS_DEMO.laonUnePlace}"]`);
    await expect.poll(() => lien.count()).toBe(1);
    await verifier(sansJs, 'agenda près de Laon', controle);
    await lien.click();
    await verifier(sansJs, 'page de l’atelier', controle);
    await sInscrire(sansJs, 'Alice', 'alice.atelier@exemple.fr');
    expect(await sansJs.locator('h1').textContent()).toBe('Inscription enregistrée');

    const second = await nouvellePage(browser, { javaScriptEnabled: false });
    await visiter(second, `/ateliers/${ATELIERS_DEMO.laonUnePlace}`);
    expect(await second.locator('h2#titre-inscription').textContent()).toContain('liste d’attente');
    await sInscrire(second, 'Bruno', 'bruno.atelier@exemple.fr');
    expect(await second.locator('h1').textContent()).toBe('Inscription sur la liste d’attente');

    const confirmation = await courriel('alice.atelier@exemple.fr', 'Inscription confirmée');
    const url = /(\/ateliers\/inscription\/annuler\?jeton=\S+)/.exec(confirmation.text)![1]!;
    expect(await visiter(sansJs, url)).toBe(200);
    await verifier(sansJs, 'annulation', controle);
    await sansJs.getByRole('button', { name: 'Annuler mon inscription' }).click();
    await sansJs.waitForLoadState('load');
    expect(await sansJs.locator('h1').textContent()).toBe('Inscription annulée');
    await courriel('bruno.atelier@exemple.fr', 'Une place s’est libérée');

    // What each role's statistics show before the roll call.
    const lecteurs: Page[] = [];
    for (const [qui] of PAGES_STATISTIQUES) {
      const p = await nouvellePage(browser);
      if (qui) await seConnecter(p, persona(qui));
      lecteurs.push(p);
    }
    const avant = await Promise.all(
      PAGES_STATISTIQUES.map(([, url], i) => accompagnementsAffiches(lecteurs[i]!, url)),
    );

    const conseiller = await nouvellePage(browser);
    await seConnecter(conseiller, persona('conseiller'));
    expect(await visiter(conseiller, '/activite/ateliers')).toBe(200);
    await verifier(conseiller, 'ateliers du conseiller');
    expect(await visiter(conseiller, `/activite/ateliers/${ATELIERS_DEMO.laonHier}/appel`)).toBe(200);
    await verifier(conseiller, 'appel');
    const cases = conseiller.locator('input[name="presents"]');
    expect(await cases.count()).toBe(2);
    await conseiller.locator(`label[for="${await cases.first().getAttribute('id')}"]`).click();
    await conseiller.locator('#champ-sans_feminin').fill('2');
    await Promise.all([
      conseiller.waitForURL((u) => u.pathname === '/activite/ateliers'),
      conseiller.getByRole('button', { name: 'Enregistrer l’appel' }).click(),
    ]);
    expect(await conseiller.locator('body').textContent()).toContain('L’appel est enregistré');
    expect(await conseiller.locator('body').textContent()).toContain('Activité enregistrée');

    // One present registrant and two walk-ins: three accompaniments more for the conseiller, the
    // structure, the préfecture of the Aisne and the public statistics of the département.
    for (const [i, [qui, url]] of PAGES_STATISTIQUES.entries()) {
      const apres = await accompagnementsAffiches(lecteurs[i]!, url);
      expect(avant[i], `${qui ?? 'public'} ${url} avant l’appel`).not.toBeNull();
      expect(apres, `${qui ?? 'public'} ${url}`).toBe(avant[i]! + 3);
    }
  });
});
