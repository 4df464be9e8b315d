import { TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  type Persona,
} from '../../../src/features/comptes/demo/personas.ts';

/** The current code of the demo authenticator (what a person reads in its app). */
export function codeTotp(): string {
  return new TOTP({ secret: DEMO_TOTP_SECRET, digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

/** Logs a persona in through the forms (e-mail + password, then the TOTP code when required). */
export async function seConnecter(page: Page, persona: Persona): Promise<void> {
  await page.goto('/connexion');
  await page.locator('#champ-email').fill(persona.email);
  await page.locator('#champ-motDePasse').fill(DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((u) => u.pathname !== '/connexion'),
    page.getByRole('button', { name: 'Se connecter', exact: true }).click(),
  ]);
  if (new URL(page.url()).pathname === '/connexion/code') {
    await page.locator('#champ-code').fill(codeTotp());
    await Promise.all([
      page.waitForURL((u) => u.pathname !== '/connexion/code'),
      page.locator('form[action="/connexion/code"] button[type="submit"]').click(),
    ]);
  }
}

export async function seDeconnecter(page: Page): Promise<void> {
  await Promise.all([
    page.waitForURL((u) => u.pathname === '/'),
    page.getByRole('button', { name: 'Se déconnecter' }).click(),
  ]);
}
