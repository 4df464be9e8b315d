/**
 * npm run bench:poids — what a person downloads (issue 9, point 9): the home page and the places search,
 * loaded in Chromium on the real server (demo data), first with an empty cache, then again with the
 * cache of the first visit. Counts the bytes received on the wire (compressed bodies and headers, as
 * Chromium's network layer reports them) for every request of the page. Goals: ≤ 300 KB on a first
 * visit, ≤ 30 KB on a repeat visit.
 */
import type { Page } from 'playwright-core';
import { lancerChromium } from '../support/chromium.ts';
import { startServer, tempDataDir } from '../support/serveur.ts';

const PAGES = [
  { nom: 'Accueil', chemin: '/', objectif: true },
  { nom: 'Recherche de lieux (Laon, 20 km)', chemin: '/lieux?q=Laon&rayon=20', objectif: true },
  // Opt-in view: the map library (MapLibre) and its points come on top; shown, not held to the goal.
  {
    nom: 'Recherche de lieux, vue carte (indicatif)',
    chemin: '/lieux?q=Laon&rayon=20&vue=carte',
    objectif: false,
  },
];
const OBJECTIF_PREMIERE = 300 * 1024;
const OBJECTIF_RETOUR = 30 * 1024;

/** Bytes received for one navigation (and the requests it made), via the DevTools protocol. */
async function mesurer(
  page: Page,
  url: string,
): Promise<{ octets: number; requetes: number; depuisCache: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let octets = 0;
  let requetes = 0;
  let depuisCache = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    octets += e.encodedDataLength;
    requetes++;
  });
  cdp.on('Network.requestServedFromCache', () => {
    depuisCache++;
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await cdp.detach();
  return { octets, requetes, depuisCache };
}

const ko = (n: number) => `${(n / 1024).toFixed(1)} Ko`;

const serveur = await startServer(tempDataDir('maillage-poids-'));
const navigateur = await lancerChromium();
let echecs = 0;
try {
  console.log('page | première visite | visite suivante (cache de la première)');
  for (const p of PAGES) {
    const contexte = await navigateur.newContext({ locale: 'fr-FR' });
    const page = await contexte.newPage();
    const premiere = await mesurer(page, `${serveur.url}${p.chemin}`);
    const retour = await mesurer(page, `${serveur.url}${p.chemin}`);
    const ok1 = premiere.octets <= OBJECTIF_PREMIERE;
    const ok2 = retour.octets <= OBJECTIF_RETOUR;
    if (p.objectif && (!ok1 || !ok2)) echecs++;
    const marque = (ok: boolean) => (p.objectif ? (ok ? ' ✓' : ' ✗') : '');
    console.log(
      `${p.nom} | ${ko(premiere.octets)} en ${premiere.requetes} requêtes${marque(ok1)} | ${ko(retour.octets)} (${retour.depuisCache} ressources du cache)${marque(ok2)}`,
    );
    await contexte.close();
  }
  console.log(
    `objectifs : ≤ ${ko(OBJECTIF_PREMIERE)} en première visite, ≤ ${ko(OBJECTIF_RETOUR)} ensuite — ${echecs === 0 ? 'tenus' : `${echecs} page(s) au-dessus`}`,
  );
} finally {
  await navigateur.close();
  await serveur.stop(5000);
}
