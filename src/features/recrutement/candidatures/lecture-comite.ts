import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  avisPrefecture,
  candidaturesStructures,
  decisionsCoselec,
  sessionsCoselec,
} from '../../../db/schema/index.ts';
import { structuresPubliees } from '../../structures/index.ts';

/** Committee sessions, newest first, with what each decided. */
export async function listerSessions(db: Db) {
  return db
    .select({
      id: sessionsCoselec.id,
      numero: sessionsCoselec.numero,
      date: sessionsCoselec.date,
      decisions: sql<number>`count(${decisionsCoselec.id})::int`,
      postes: sql<number>`coalesce(sum(${decisionsCoselec.postes}), 0)::int`,
      montant: sql<number>`coalesce(sum(${decisionsCoselec.montantEur}), 0)::bigint`,
    })
    .from(sessionsCoselec)
    .leftJoin(decisionsCoselec, eq(decisionsCoselec.sessionId, sessionsCoselec.id))
    .groupBy(sessionsCoselec.id)
    .orderBy(desc(sessionsCoselec.numero));
}
export type SessionLigne = Awaited<ReturnType<typeof listerSessions>>[number];

export async function sessionParId(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(sessionsCoselec).where(eq(sessionsCoselec.id, id));
  return row ?? null;
}

/** The decisions of one session, with their structure. */
export async function decisionsDeSession(db: Db, sessionId: string) {
  return db
    .select({
      id: decisionsCoselec.id,
      candidatureId: decisionsCoselec.candidatureId,
      nature: decisionsCoselec.nature,
      avis: decisionsCoselec.avis,
      postes: decisionsCoselec.postes,
      montantEur: decisionsCoselec.montantEur,
      commentaire: decisionsCoselec.commentaire,
      structureNom: structuresPubliees.nom,
      siret: structuresPubliees.siret,
      departementCode: structuresPubliees.departementCode,
      avisPrefecture: avisPrefecture.avis,
      rangPriorite: avisPrefecture.rangPriorite,
    })
    .from(decisionsCoselec)
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, decisionsCoselec.candidatureId))
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .leftJoin(avisPrefecture, eq(avisPrefecture.candidatureId, candidaturesStructures.id))
    .where(eq(decisionsCoselec.sessionId, sessionId))
    .orderBy(structuresPubliees.departementCode, structuresPubliees.nom);
}
export type DecisionDeSession = Awaited<ReturnType<typeof decisionsDeSession>>[number];

/** Statuses a session worksheet decides on: new applications and those sent back for more review. */
export const STATUTS_A_STATUER = ['CREEE', 'EXAMEN_COMPLEMENTAIRE_COSELEC'] as const;

/**
 * The applications awaiting the committee, by département then the préfecture's priority rank, with
 * its opinion: the rows of a session worksheet (ANCT only, the route checks it).
 */
export async function candidaturesAStatuer(db: Db, f: { departement?: string | undefined; limite: number }) {
  return db
    .select({
      id: candidaturesStructures.id,
      statut: candidaturesStructures.statut,
      postesDemandes: candidaturesStructures.postesDemandes,
      structureNom: structuresPubliees.nom,
      departementCode: structuresPubliees.departementCode,
      avis: avisPrefecture.avis,
      avisCommentaire: avisPrefecture.commentaire,
      rangPriorite: avisPrefecture.rangPriorite,
    })
    .from(candidaturesStructures)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .leftJoin(avisPrefecture, eq(avisPrefecture.candidatureId, candidaturesStructures.id))
    .where(
      and(
        inArray(candidaturesStructures.statut, [...STATUTS_A_STATUER]),
        f.departement ? eq(structuresPubliees.departementCode, f.departement) : undefined,
      ),
    )
    .orderBy(
      asc(structuresPubliees.departementCode),
      sql`${avisPrefecture.rangPriorite} asc nulls last`,
      asc(structuresPubliees.nom),
    )
    .limit(f.limite);
}
export type CandidatureAStatuer = Awaited<ReturnType<typeof candidaturesAStatuer>>[number];
