import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux, lieuxSignalements } from '../../../db/schema/index.ts';
import type { PerimetreSignalements } from './policy.ts';

export type StatutSignalement = 'nouveau' | 'traite';
export type IssueSignalement = 'corrige' | 'sans_suite';

const colonnes = {
  id: lieuxSignalements.id,
  creeLe: lieuxSignalements.creeLe,
  message: lieuxSignalements.message,
  email: lieuxSignalements.email,
  statut: lieuxSignalements.statut,
  issue: lieuxSignalements.issue,
  note: lieuxSignalements.note,
  traiteLe: lieuxSignalements.traiteLe,
  lieuId: lieux.id,
  lieuNom: lieux.nom,
  codePostal: lieux.codePostal,
  commune: lieux.commune,
  /** The place's owner now (it may have changed since the report). */
  structureId: lieux.structureId,
  departementCode: lieux.departementCode,
};

export interface LigneSignalement {
  id: string;
  creeLe: Date;
  message: string;
  email: string | null;
  statut: StatutSignalement;
  issue: IssueSignalement | null;
  note: string | null;
  traiteLe: Date | null;
  lieuId: string;
  lieuNom: string;
  codePostal: string;
  commune: string;
  structureId: string | null;
  departementCode: string | null;
}

function conditions(p: PerimetreSignalements, statut?: StatutSignalement): SQL[] {
  const c: SQL[] = [];
  if ('structureId' in p) c.push(eq(lieux.structureId, p.structureId));
  if (statut) c.push(eq(lieuxSignalements.statut, statut));
  return c;
}

/** The queue: reports on the places of the scope, newest first. */
export async function signalementsDuPerimetre(
  db: Db,
  p: PerimetreSignalements,
  statut: StatutSignalement,
  limite: number,
  decalage: number,
): Promise<LigneSignalement[]> {
  return db
    .select(colonnes)
    .from(lieuxSignalements)
    .innerJoin(lieux, eq(lieux.id, lieuxSignalements.lieuId))
    .where(and(...conditions(p, statut)))
    .orderBy(desc(lieuxSignalements.creeLe), desc(lieuxSignalements.id))
    .limit(limite)
    .offset(decalage);
}

export async function compterSignalements(
  db: Db,
  p: PerimetreSignalements,
  statut: StatutSignalement,
): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(lieuxSignalements)
    .innerJoin(lieux, eq(lieux.id, lieuxSignalements.lieuId))
    .where(and(...conditions(p, statut)));
  return r?.n ?? 0;
}

/** One report, only when it is in the scope (else null, as if it did not exist). */
export async function signalementDuPerimetre(
  db: Db,
  p: PerimetreSignalements,
  id: string,
): Promise<LigneSignalement | null> {
  const [r] = await db
    .select(colonnes)
    .from(lieuxSignalements)
    .innerJoin(lieux, eq(lieux.id, lieuxSignalements.lieuId))
    .where(and(eq(lieuxSignalements.id, id), ...conditions(p)));
  return r ?? null;
}

/** Closes an open report; false when it was already closed (two people at once). */
export async function cloreSignalement(
  db: Db,
  id: string,
  v: { issue: IssueSignalement; note: string | null; traitePar: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(lieuxSignalements)
    .set({ statut: 'traite', issue: v.issue, note: v.note, traitePar: v.traitePar, traiteLe: v.now })
    .where(and(eq(lieuxSignalements.id, id), eq(lieuxSignalements.statut, 'nouveau')))
    .returning({ id: lieuxSignalements.id });
  return rows.length === 1;
}
