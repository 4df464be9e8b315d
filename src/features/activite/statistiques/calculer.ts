import type { Db } from '../../../db/client.ts';
import { comptesBruts } from './brutes.ts';
import { comptesCompteurs, repondable } from './compteurs/lire.ts';
import type { FiltresStatistiques, PorteeStatistiques, Statistiques } from './domain/contrat.ts';
import { criteres } from './domain/criteres.ts';
import { resultat } from './domain/resultat.ts';

/**
 * The statistics pages and the API show (scope decided by the actor's role, filters validated by
 * `lireFiltres`). National and département questions over whole months read the summary tables;
 * structure and conseiller scopes, unions of several themes and periods not made of whole months
 * read the raw rows through their indexes (same figures: the agreement test proves it).
 */
export async function calculerStatistiques(
  db: Db,
  portee: PorteeStatistiques,
  filtres: FiltresStatistiques,
): Promise<Statistiques> {
  const c = criteres(portee, filtres);
  return resultat(repondable(c) ? await comptesCompteurs(db, c) : await comptesBruts(db, c));
}

/** Whether these statistics come from the summary tables (fast) or the raw rows. */
export function viaCompteurs(portee: PorteeStatistiques, filtres: FiltresStatistiques): boolean {
  return repondable(criteres(portee, filtres));
}
