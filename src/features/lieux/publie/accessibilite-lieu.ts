import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux } from '../../../db/schema/index.ts';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';

/** What a public page of another feature (a workshop) says about getting into a place. */
export interface AccessibiliteLieu {
  /** Specific care offered (disabilities, languages…), codes of the standard as published. */
  priseEnChargeSpecifique: string[];
  /** The place's Acceslibre page, when known. */
  ficheAccesLibre: string | null;
}

/** The published accessibility details of one place (null: unknown or merged). */
export async function accessibiliteLieu(db: Db, id: string): Promise<AccessibiliteLieu | null> {
  if (!estUuid(id)) return null;
  const [l] = await db
    .select({
      priseEnChargeSpecifique: lieux.priseEnChargeSpecifique,
      ficheAccesLibre: lieux.ficheAccesLibre,
    })
    .from(lieux)
    .where(and(eq(lieux.id, id), isNull(lieux.fusionneDans)));
  return l ?? null;
}
