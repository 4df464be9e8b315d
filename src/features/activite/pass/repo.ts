import { and, asc, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { activitePassCheques, activitePassStructures, activites } from '../../../db/schema/index.ts';

export async function structureAccepte(db: Db, structureId: string): Promise<boolean> {
  const [row] = await db
    .select({ accepte: activitePassStructures.accepte })
    .from(activitePassStructures)
    .where(eq(activitePassStructures.structureId, structureId));
  return row?.accepte ?? false;
}

export async function activitePourCheques(db: Db, activiteId: string) {
  const [row] = await db
    .select({
      id: activites.id,
      structureId: activites.structureId,
      conseillerId: activites.conseillerId,
      date: activites.date,
      type: activites.type,
      titre: activites.titre,
      departementCode: activites.departementCode,
    })
    .from(activites)
    .where(eq(activites.id, activiteId));
  return row ?? null;
}

/** The adviser's latest activities in this structure, to pick the one cheques were used for. */
export async function activitesRecentes(db: Db, structureId: string, conseillerId: string) {
  return db
    .select({ id: activites.id, date: activites.date, type: activites.type, titre: activites.titre })
    .from(activites)
    .where(and(eq(activites.structureId, structureId), eq(activites.conseillerId, conseillerId)))
    .orderBy(desc(activites.date), desc(activites.creeLe))
    .limit(50);
}

export interface FiltresCheques {
  emetteur?: string | null;
  du?: string | null;
  au?: string | null;
}

function conditions(structureId: string, f: FiltresCheques): SQL {
  const c: SQL[] = [eq(activitePassCheques.structureId, structureId)];
  if (f.emetteur) c.push(eq(activitePassCheques.emetteur, f.emetteur));
  if (f.du) c.push(gte(activitePassCheques.dateActivite, f.du));
  if (f.au) c.push(lte(activitePassCheques.dateActivite, f.au));
  return and(...c)!;
}

/** The structure's cheques, oldest activity first (the order of a statement). */
export async function chequesDeLaStructure(db: Db, structureId: string, f: FiltresCheques, limite = 1000) {
  return db
    .select({
      id: activitePassCheques.id,
      numero: activitePassCheques.numero,
      emetteur: activitePassCheques.emetteur,
      valeurCentimes: activitePassCheques.valeurCentimes,
      valableJusquau: activitePassCheques.valableJusquau,
      dateActivite: activitePassCheques.dateActivite,
      activiteId: activitePassCheques.activiteId,
      enregistreLe: activitePassCheques.enregistreLe,
    })
    .from(activitePassCheques)
    .where(conditions(structureId, f))
    .orderBy(asc(activitePassCheques.dateActivite), asc(activitePassCheques.numero))
    .limit(limite);
}

export async function emetteursDeLaStructure(db: Db, structureId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ emetteur: activitePassCheques.emetteur })
    .from(activitePassCheques)
    .where(eq(activitePassCheques.structureId, structureId))
    .orderBy(asc(activitePassCheques.emetteur));
  return rows.map((r) => r.emetteur);
}
