/**
 * npm run bench:lieux — the places registry benchmarks of issue 3, one after the other:
 * import of 30,000 standard rows (< 15 s) and CSV export (< 5 s) on PGlite (tests/bench/lieux-import.ts).
 * The search benchmark (near-search with filters: p95 < 30 ms, > 300 requests/s) is added here by the
 * public-side feature (tests/bench/lieux-recherche.ts).
 */
import { benchImportExport } from './lieux-import.ts';

const chiffres = await benchImportExport();
console.log('\nRésumé :', JSON.stringify(chiffres));
