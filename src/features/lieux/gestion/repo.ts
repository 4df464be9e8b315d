import { and, asc, count, eq, isNull, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux } from '../../../db/schema/index.ts';
import { chargerStructure, structuresParIds } from '../../structures/index.ts';
import { estUuid } from '../recherche/fiche-queries.ts';

export type LieuLigne = typeof lieux.$inferSelect;

/** The places of one structure (never another's), merged duplicates left out. */
export async function lieuxDeLaStructure(db: Db, structureId: string) {
  return db
    .select({
      id: lieux.id,
      nom: lieux.nom,
      adresse: lieux.adresse,
      codePostal: lieux.codePostal,
      commune: lieux.commune,
      dateMaj: lieux.dateMaj,
      horaires: lieux.horaires,
      latitude: lieux.latitude,
      positionPrecision: lieux.positionPrecision,
    })
    .from(lieux)
    .where(and(eq(lieux.structureId, structureId), isNull(lieux.fusionneDans)))
    .orderBy(asc(lieux.nom));
}

/** One place if, and only if, it belongs to this structure. */
export async function lieuDeLaStructure(db: Db, structureId: string, id: string): Promise<LieuLigne | null> {
  if (!estUuid(id)) return null;
  const [row] = await db
    .select()
    .from(lieux)
    .where(and(eq(lieux.id, id), eq(lieux.structureId, structureId), isNull(lieux.fusionneDans)));
  return row ?? null;
}

export async function structureDe(db: Db, structureId: string) {
  const s = await chargerStructure(db, structureId);
  return s ? { id: s.id, nom: s.nom, siret: s.siret } : null;
}

/** Places not updated since `limite` (ANCT, national), oldest first. */
export async function lieuxAActualiser(
  db: Db,
  filtre: { limite: string; departement?: string | undefined },
  page: { offset: number; taille: number },
) {
  const conditions: SQL[] = [lt(lieux.dateMaj, filtre.limite), isNull(lieux.fusionneDans)];
  if (filtre.departement) conditions.push(eq(lieux.departementCode, filtre.departement));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: lieux.id,
        nom: lieux.nom,
        codePostal: lieux.codePostal,
        commune: lieux.commune,
        departementCode: lieux.departementCode,
        dateMaj: lieux.dateMaj,
        structureId: lieux.structureId,
      })
      .from(lieux)
      .where(where)
      .orderBy(asc(lieux.dateMaj), asc(lieux.id))
      .limit(page.taille)
      .offset(page.offset),
    db.select({ n: count() }).from(lieux).where(where),
  ]);
  const noms = await structuresParIds(
    db,
    rows.map((r) => r.structureId),
  );
  return {
    rows: rows.map(({ structureId, ...r }) => ({
      ...r,
      structureNom: structureId ? (noms.get(structureId)?.nom ?? null) : null,
    })),
    total: total?.n ?? 0,
  };
}
