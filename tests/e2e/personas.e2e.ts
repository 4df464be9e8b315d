import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS, type Persona } from '../../src/features/comptes/demo/personas.ts';
import { ROLE_LABELS } from '../../src/platform/auth/roles.ts';
import { verifierAccessibilite } from './support/axe.ts';
import { seConnecter, seDeconnecter } from './support/connexion.ts';
import { capture, lancerChromium, nouvellePage, visiter } from './support/navigateur.ts';

async function liensDuMenu(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#navigation-principale a, header a[href="/compte"]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  return [...new Set(hrefs)];
}

/**
 * Visits every page of the active role's navigation: each answers 200 with zero axe violations, and
 * none is wider than a 375 px phone.
 */
async function parcourirLeMenu(page: Page, persona: Persona, visitees: string[]): Promise<void> {
  for (const href of await liensDuMenu(page)) {
    expect(await visiter(page, href), `${persona.key} ${href}`).toBe(200);
    expect(new URL(page.url()).pathname, `${persona.key} ${href} redirigé`).toBe(href);
    await verifierAccessibilite(page, `${href} (${persona.key})`);
    // On a 375 px phone nothing sticks out sideways: wide tables scroll inside their own block.
    await page.setViewportSize({ width: 375, height: 740 });
    const largeur = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(
      largeur,
      `${persona.key} ${href} : ${largeur} px de large sur un téléphone de 375 px`,
    ).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 720 });
    visitees.push(href);
  }
}

describe('chaque persona de démonstration', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await lancerChromium();
  });
  afterAll(() => browser?.close());

  it.each(PERSONAS.map((p) => [p.key, p] as const))(
    '%s se connecte, arrive sur son espace, parcourt son menu sans erreur d’accessibilité et se déconnecte',
    async (_key, persona) => {
      const page = await nouvellePage(browser);
      try {
        await seConnecter(page, persona);
        expect(new URL(page.url()).pathname).toBe('/espace');
        const premier = persona.memberships[0]!;
        await expect.poll(() => page.locator('main').textContent()).toContain(ROLE_LABELS[premier.role]);
        expect(await page.locator('main').textContent()).toContain(persona.prenom);
        await verifierAccessibilite(page, `/espace (${persona.key})`);
        if (persona.key === 'anct' || persona.key === 'referent')
          await capture(page, `espace-${persona.key}`);

        const visitees: string[] = [];
        await parcourirLeMenu(page, persona, visitees);

        // A person with several roles switches from the header, then sees the other role's pages.
        for (const autre of persona.memberships.slice(1)) {
          await visiter(page, '/espace');
          await page.locator('#role-actif').selectOption(autre.id);
          await Promise.all([
            page.waitForURL(() => true),
            page.getByRole('button', { name: 'Changer de rôle' }).click(),
          ]);
          await visiter(page, '/espace');
          expect(await page.locator('main').textContent()).toContain(ROLE_LABELS[autre.role]);
          await verifierAccessibilite(page, `/espace (${persona.key}, ${autre.role})`);
          await parcourirLeMenu(page, persona, visitees);
        }
        console.log(`[e2e] ${persona.key} : ${visitees.length} pages visitées (${visitees.join(', ')})`);

        await seDeconnecter(page);
        expect(await visiter(page, '/espace')).toBe(200);
        expect(new URL(page.url()).pathname).toBe('/connexion');
      } finally {
        await page.context().close();
      }
    },
  );

  it('une structure qui ouvre une page de l’ANCT reçoit la page 403 DSFR', async () => {
    const page = await nouvellePage(browser);
    try {
      await seConnecter(page, PERSONAS.find((p) => p.key === 'laon')!);
      expect(await visiter(page, '/admin/audit')).toBe(403);
      expect(await page.locator('h1').textContent()).toContain('Accès refusé');
      await verifierAccessibilite(page, '403');
    } finally {
      await page.context().close();
    }
  });
});
