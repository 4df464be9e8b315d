import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';

export type AtelierLigne = typeof ateliers.$inferSelect;
export type InscriptionLigne = typeof ateliersInscriptions.$inferSelect;

export async function atelierParId(db: Db, id: string): Promise<AtelierLigne | null> {
  if (!estUuid(id)) return null;
  const [a] = await db.select().from(ateliers).where(eq(ateliers.id, id));
  return a ?? null;
}

/** The workshop row, locked until the end of the transaction: seats are counted under this lock. */
export async function verrouillerAtelier(db: Db, id: string): Promise<AtelierLigne | null> {
  if (!estUuid(id)) return null;
  const [a] = await db.select().from(ateliers).where(eq(ateliers.id, id)).for('update');
  return a ?? null;
}

/** Confirmed and waiting registrations per workshop. */
export async function comptes(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { confirmees: number; attente: number }>> {
  const out = new Map<string, { confirmees: number; attente: number }>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      atelierId: ateliersInscriptions.atelierId,
      confirmees: sql<number>`count(*) filter (where ${ateliersInscriptions.statut} = 'confirmee')::int`,
      attente: sql<number>`count(*) filter (where ${ateliersInscriptions.statut} = 'attente')::int`,
    })
    .from(ateliersInscriptions)
    .where(inArray(ateliersInscriptions.atelierId, [...ids]))
    .groupBy(ateliersInscriptions.atelierId);
  for (const r of rows) out.set(r.atelierId, { confirmees: r.confirmees, attente: r.attente });
  return out;
}

/** A structure's workshops from a day on (or all, newest first, with `passes`). */
export async function ateliersDeStructure(
  db: Db,
  structureId: string,
  o: { depuis: Date; passes: boolean },
): Promise<AtelierLigne[]> {
  return db
    .select()
    .from(ateliers)
    .where(
      and(
        eq(ateliers.structureId, structureId),
        o.passes ? lte(ateliers.debut, o.depuis) : gte(ateliers.fin, o.depuis),
      ),
    )
    .orderBy(o.passes ? desc(ateliers.debut) : asc(ateliers.debut))
    .limit(200);
}

/** The registrations of a workshop still standing: confirmed first, then the waiting list in order. */
export async function inscriptionsActives(db: Db, atelierId: string): Promise<InscriptionLigne[]> {
  return db
    .select()
    .from(ateliersInscriptions)
    .where(
      and(eq(ateliersInscriptions.atelierId, atelierId), sql`${ateliersInscriptions.statut} <> 'annulee'`),
    )
    .orderBy(
      sql`case when ${ateliersInscriptions.statut} = 'confirmee' then 0 else 1 end`,
      asc(ateliersInscriptions.rangAttente),
      asc(ateliersInscriptions.nom),
      asc(ateliersInscriptions.prenom),
    );
}

export async function inscriptionParId(db: Db, id: string): Promise<InscriptionLigne | null> {
  if (!estUuid(id)) return null;
  const [i] = await db.select().from(ateliersInscriptions).where(eq(ateliersInscriptions.id, id));
  return i ?? null;
}

export interface FiltresPublics {
  du: Date;
  au: Date | null;
  thematique: string | null;
  /** A box around the searched point (exact distance filtered afterwards). */
  boite: { latMin: number; latMax: number; lonMin: number; lonMax: number } | null;
  structureId?: string;
  conseillerId?: string;
}

/** Published workshops of the agenda (not cancelled unless `avecAnnules`), by start. */
export async function ateliersPublics(
  db: Db,
  f: FiltresPublics,
  o: { avecAnnules?: boolean; limite?: number } = {},
): Promise<AtelierLigne[]> {
  const conditions = [gte(ateliers.fin, f.du)];
  if (!o.avecAnnules) conditions.push(eq(ateliers.statut, 'publie'));
  if (f.au) conditions.push(lte(ateliers.debut, f.au));
  if (f.thematique) conditions.push(sql`${f.thematique} = any(${ateliers.thematiques})`);
  if (f.structureId) conditions.push(eq(ateliers.structureId, f.structureId));
  if (f.conseillerId) conditions.push(eq(ateliers.conseillerId, f.conseillerId));
  if (f.boite) {
    conditions.push(isNotNull(ateliers.latitude));
    conditions.push(sql`${ateliers.latitude} between ${f.boite.latMin} and ${f.boite.latMax}`);
    conditions.push(sql`${ateliers.longitude} between ${f.boite.lonMin} and ${f.boite.lonMax}`);
  }
  return db
    .select()
    .from(ateliers)
    .where(and(...conditions))
    .orderBy(asc(ateliers.debut), asc(ateliers.id))
    .limit(o.limite ?? 1000);
}
