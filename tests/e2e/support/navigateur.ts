import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

export const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');

export { lancerChromium } from '../../support/chromium.ts';

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function nouvellePage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'fr-FR', ...options });
  // A failing step reports where it stopped instead of waiting for the test timeout.
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  return context.newPage();
}

/** Full-page screenshot in tests/e2e/artifacts/ (gitignored), to look at the layout. */
export async function capture(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Goes to a URL and returns the HTTP status of the document. */
export async function visiter(page: Page, url: string): Promise<number> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response) throw new Error(`aucune réponse pour ${url}`);
  return response.status();
}
