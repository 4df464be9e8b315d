import type { Db } from '../../../db/client.ts';
import { statistiquesBrutes } from './brutes.ts';
import type { FiltresStatistiques, PorteeStatistiques, Statistiques } from './domain/contrat.ts';

/** The statistics pages and the API show (scope decided by the actor's role, filters validated). */
export async function calculerStatistiques(
  db: Db,
  portee: PorteeStatistiques,
  filtres: FiltresStatistiques,
): Promise<Statistiques> {
  return statistiquesBrutes(db, portee, filtres);
}
