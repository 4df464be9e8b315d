/**
 * npm run bench:couverture — 35,000 synthetic communes × 30,000 synthetic places (deterministic):
 * the indexed coverage computation, against a brute-force all-pairs computation timed on a subset
 * of communes and extrapolated (the subset and the factor are printed).
 */
import {
  calculerCouverture,
  plusProchesExhaustifs,
} from '../../src/features/pilotage/couverture/domain/calcul.ts';
import {
  communesSynthetiques,
  lieuxSynthetiques,
} from '../../src/features/pilotage/couverture/domain/synthetique.ts';

const COMMUNES = 35_000;
const LIEUX = 30_000;
const SOUS_ENSEMBLE = 1_000;

const communes = communesSynthetiques(COMMUNES);
const lieux = lieuxSynthetiques(LIEUX);

calculerCouverture(communes.slice(0, 500), lieux); // warm-up
const t0 = performance.now();
const indexe = calculerCouverture(communes, lieux);
const dureeIndexe = performance.now() - t0;

const partie = communes.slice(0, SOUS_ENSEMBLE);
const t1 = performance.now();
const exhaustif = calculerCouverture(partie, lieux, plusProchesExhaustifs);
const dureePartie = performance.now() - t1;
const dureeExhaustif = dureePartie * (COMMUNES / SOUS_ENSEMBLE);

const memes = exhaustif.communes.every((c, i) => JSON.stringify(c) === JSON.stringify(indexe.communes[i]));
const ms = (x: number) => `${x.toFixed(0).padStart(8)} ms`;
console.log(`Couverture : ${COMMUNES} communes × ${LIEUX} lieux, 4 genres de lieux`);
console.log(
  `  Calcul indexé (kdbush)            : ${ms(dureeIndexe)}  ${dureeIndexe <= 1000 ? '(objectif ≤ 1 s atteint)' : '(objectif ≤ 1 s MANQUÉ)'}`,
);
console.log(
  `  Toutes les paires, ${SOUS_ENSEMBLE} communes    : ${ms(dureePartie)}  (mêmes résultats que l’index : ${memes ? 'oui' : 'NON'})`,
);
console.log(`  Toutes les paires, extrapolé ×${COMMUNES / SOUS_ENSEMBLE} : ${ms(dureeExhaustif)}`);
console.log(
  `  Rapport                           : ${(dureeExhaustif / dureeIndexe).toFixed(0)} × plus rapide`,
);
if (!memes) process.exitCode = 1;
