import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux, lieuxProvenances } from '../../../db/schema/index.ts';
import { chargerStructure } from '../../structures/index.ts';

export type LieuLigne = typeof lieux.$inferSelect;

export interface Fiche {
  lieu: LieuLigne;
  provenances: { source: string; idSource: string; importeLe: Date }[];
  structureNom: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function estUuid(v: string): boolean {
  return UUID.test(v);
}

/** A place as published (public data), with where it came from and who manages it. */
export async function lireFiche(db: Db, id: string): Promise<Fiche | null> {
  if (!estUuid(id)) return null;
  const [lieu] = await db.select().from(lieux).where(eq(lieux.id, id));
  if (!lieu) return null;
  const structure = lieu.structureId ? await chargerStructure(db, lieu.structureId) : null;
  const provenances = await db
    .select({
      source: lieuxProvenances.source,
      idSource: lieuxProvenances.idSource,
      importeLe: lieuxProvenances.importeLe,
    })
    .from(lieuxProvenances)
    .where(eq(lieuxProvenances.lieuId, id))
    .orderBy(asc(lieuxProvenances.importeLe));
  return { lieu, provenances, structureNom: structure?.nom ?? null };
}
