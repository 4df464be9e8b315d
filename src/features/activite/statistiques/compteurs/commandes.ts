import type { Db } from '../../../../db/client.ts';
import { recalculerCompteurs } from './recalculer.ts';
import { decrireEcart, verifierCompteurs } from './verifier.ts';

/** How many differences are printed one by one (the count is always given). */
const ECARTS_AFFICHES = 200;

/** `maillage activite compteurs verifier`: 0 when the tables equal the recount, 1 otherwise. */
export async function commandeVerifier(db: Db, ecrire: (ligne: string) => void): Promise<0 | 1> {
  const debut = performance.now();
  const ecarts = await verifierCompteurs(db);
  const duree = ((performance.now() - debut) / 1000).toFixed(1);
  if (ecarts.length === 0) {
    ecrire(`Compteurs des statistiques d’activité : aucun écart avec le recomptage (${duree} s).`);
    return 0;
  }
  ecrire(
    `Compteurs des statistiques d’activité : ${ecarts.length} écart(s) avec le recomptage (${duree} s).`,
  );
  for (const e of ecarts.slice(0, ECARTS_AFFICHES)) ecrire(`  ${decrireEcart(e)}`);
  if (ecarts.length > ECARTS_AFFICHES) ecrire(`  … et ${ecarts.length - ECARTS_AFFICHES} autre(s).`);
  ecrire('Pour reconstruire les compteurs : maillage activite compteurs recalculer');
  return 1;
}

/** `maillage activite compteurs recalculer`: rebuilds every month, one transaction each. */
export async function commandeRecalculer(db: Db, ecrire: (ligne: string) => void): Promise<void> {
  const debut = performance.now();
  const r = await recalculerCompteurs(db, (fait, total, mois) => ecrire(`  ${mois} (${fait}/${total})`));
  const duree = ((performance.now() - debut) / 1000).toFixed(1);
  ecrire(`Compteurs recalculés : ${r.mois} mois, en ${duree} s.`);
}
