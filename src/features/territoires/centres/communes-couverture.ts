import { asc } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { communes, epcis } from '../../../db/schema/index.ts';

/** Every commune with its centre (or null) and population, for coverage computations (pilotage). */
export interface CommunePourCouverture {
  code: string;
  nom: string;
  departementCode: string;
  epciCode: string | null;
  population: number | null;
  latitude: number | null;
  longitude: number | null;
}

export async function communesPourCouverture(db: Db): Promise<CommunePourCouverture[]> {
  return db
    .select({
      code: communes.code,
      nom: communes.nom,
      departementCode: communes.departementCode,
      epciCode: communes.epciCode,
      population: communes.population,
      latitude: communes.latitude,
      longitude: communes.longitude,
    })
    .from(communes)
    .orderBy(asc(communes.code));
}

/** The codes of every EPCI of the loaded COG. */
export async function codesEpci(db: Db): Promise<Set<string>> {
  const rows = await db.select({ code: epcis.code }).from(epcis);
  return new Set(rows.map((r) => r.code));
}
