import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux } from '../../../db/schema/index.ts';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';

/** A place as other features name it (activity, workshops): no contact or schedule details. */
export interface LieuResume {
  id: string;
  nom: string;
  adresse: string;
  codePostal: string;
  commune: string;
  codeInsee: string | null;
  departementCode: string | null;
  latitude: number | null;
  longitude: number | null;
  structureId: string | null;
}

const colonnes = {
  id: lieux.id,
  nom: lieux.nom,
  adresse: lieux.adresse,
  codePostal: lieux.codePostal,
  commune: lieux.commune,
  codeInsee: lieux.codeInsee,
  departementCode: lieux.departementCode,
  latitude: lieux.latitude,
  longitude: lieux.longitude,
  structureId: lieux.structureId,
};

/** The published places of a structure, by name. */
export async function lieuxDeStructure(db: Db, structureId: string): Promise<LieuResume[]> {
  if (!estUuid(structureId)) return [];
  return db
    .select(colonnes)
    .from(lieux)
    .where(and(eq(lieux.structureId, structureId), isNull(lieux.fusionneDans)))
    .orderBy(asc(lieux.nom))
    .limit(500);
}

/** Some places by id (unknown or merged ids are left out). */
export async function lieuxParIds(db: Db, ids: readonly string[]): Promise<LieuResume[]> {
  const valides = [...new Set(ids)].filter((id) => estUuid(id));
  if (valides.length === 0) return [];
  return db
    .select(colonnes)
    .from(lieux)
    .where(and(inArray(lieux.id, valides), isNull(lieux.fusionneDans)));
}
