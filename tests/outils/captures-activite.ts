/**
 * Screenshots of the activity pages at 1280 and 375 px, to look at them as a person would:
 * `BASE_URL=http://127.0.0.1:3000 node --import tsx tests/outils/captures-activite.ts /tmp/captures`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { seConnecter } from '../e2e/support/connexion.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const dossier = process.argv[2] ?? '/tmp/captures';
mkdirSync(dossier, { recursive: true });
const PAGES: [string | null, string[]][] = [
  [null, ['/ateliers', '/statistiques/activite', '/statistiques/activite/historique']],
  [
    'conseiller',
    [
      '/activite',
      '/activite/nouvelle',
      '/activite/collective/nouvelle',
      '/activite/beneficiaires',
      '/activite/ateliers',
      '/activite/statistiques',
    ],
  ],
  ['laon', ['/activite/pass', '/activite/statistiques']],
  ['prefecture02', ['/prefecture/activite/statistiques']],
];
const navigateur = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
for (const [qui, urls] of PAGES) {
  for (const largeur of [1280, 375]) {
    const contexte = await navigateur.newContext({
      baseURL: base,
      viewport: { width: largeur, height: 900 },
    });
    const page = await contexte.newPage();
    if (qui) await seConnecter(page, persona(qui));
    for (const url of urls) {
      await page.goto(url);
      await page.waitForTimeout(300);
      const nom = `${qui ?? 'public'}${url.replaceAll('/', '_')}-${largeur}.png`;
      await page.screenshot({ path: path.join(dossier, nom), fullPage: true });
      const large = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`${nom} : ${large > largeur ? `DÉBORDE (${large} px)` : 'ok'}`);
    }
    await contexte.close();
  }
}
await navigateur.close();
