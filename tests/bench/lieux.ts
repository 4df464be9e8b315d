/**
 * npm run bench:lieux — the places registry benchmarks of issue 3, one after the other:
 * import of 30,000 standard rows (< 15 s) and CSV export (< 5 s) on PGlite (tests/bench/lieux-import.ts).
 * then near-search with filters through HTTP (p95 < 30 ms, > 300 requests/s; tests/bench/lieux-recherche.ts).
 */
import { benchImportExport } from './lieux-import.ts';
import { benchRecherche } from './lieux-recherche.ts';

const chiffres = await benchImportExport();
console.log('');
const recherche = await benchRecherche();
console.log('\nRésumé :', JSON.stringify({ ...chiffres, recherche }));
if (recherche.p95ServeurMs >= 30 || recherche.requetesParSeconde <= 300) {
  console.log('Recherche : objectif non tenu (p95 < 30 ms et plus de 300 requêtes/s).');
  process.exitCode = 1;
}
