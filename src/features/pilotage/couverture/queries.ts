import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { pilotageCouvertureCommunes, pilotageCouvertureTerritoires } from '../../../db/schema/index.ts';

/** Coverage of a territory ('FR' or a département code), one row per kind of place. */
export async function couvertureTerritoire(db: Db, territoire: string) {
  return db
    .select()
    .from(pilotageCouvertureTerritoires)
    .where(eq(pilotageCouvertureTerritoires.territoire, territoire));
}

/** Stored distance (km) from a commune to the nearest place of a kind; undefined when not computed. */
export async function distanceCommune(
  db: Db,
  code: string,
  genre: string,
): Promise<number | null | undefined> {
  const [r] = await db
    .select({ d: pilotageCouvertureCommunes.distanceKm })
    .from(pilotageCouvertureCommunes)
    .where(
      and(eq(pilotageCouvertureCommunes.communeCode, code), eq(pilotageCouvertureCommunes.genre, genre)),
    );
  return r ? r.d : undefined;
}
