import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux, lieuxProvenances } from '../../../db/schema/index.ts';

/** The provenance name of the places a structure sends through the API: stable, one per structure. */
export function sourceApi(structureId: string): string {
  return `api:${structureId}`;
}

/**
 * Serialises writes to one (source, id) until the transaction ends: two simultaneous calls for the same
 * place never both create it.
 */
export async function verrouillerIdSource(tx: Db, source: string, idSource: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${source}\u0001${idSource}`}, 0))`);
}

/** The provenance of this structure's place, with the place's owner and département; null if unknown. */
export async function provenanceDe(db: Db, source: string, idSource: string) {
  const [row] = await db
    .select({
      provenanceId: lieuxProvenances.id,
      lieuId: lieuxProvenances.lieuOrigineId,
      empreinte: lieuxProvenances.empreinte,
      departementCode: lieux.departementCode,
      nom: lieux.nom,
    })
    .from(lieuxProvenances)
    .innerJoin(lieux, eq(lieux.id, lieuxProvenances.lieuOrigineId))
    .where(and(eq(lieuxProvenances.source, source), eq(lieuxProvenances.idSource, idSource)));
  return row ?? null;
}

/** Does another provenance (another source, since a merge) still feed this place? */
export async function autreProvenance(db: Db, lieuId: string, provenanceId: string): Promise<boolean> {
  const rows = await db
    .select({ id: lieuxProvenances.id })
    .from(lieuxProvenances)
    .where(
      and(
        or(eq(lieuxProvenances.lieuId, lieuId), eq(lieuxProvenances.lieuOrigineId, lieuId)),
        sql`${lieuxProvenances.id} <> ${provenanceId}`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function supprimerProvenance(db: Db, provenanceId: string): Promise<void> {
  await db.delete(lieuxProvenances).where(eq(lieuxProvenances.id, provenanceId));
}

/** Deletes the place (its journal, suivi and duplicate pairs go with it: foreign keys cascade). */
export async function supprimerLieu(db: Db, lieuId: string): Promise<void> {
  await db.delete(lieux).where(eq(lieux.id, lieuId));
}
