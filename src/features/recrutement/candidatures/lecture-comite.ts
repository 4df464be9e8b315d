import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { candidaturesStructures, decisionsCoselec, sessionsCoselec } from '../../../db/schema/index.ts';
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
      departementCode: structuresPubliees.departementCode,
    })
    .from(decisionsCoselec)
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, decisionsCoselec.candidatureId))
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .where(eq(decisionsCoselec.sessionId, sessionId))
    .orderBy(structuresPubliees.departementCode, structuresPubliees.nom);
}
export type DecisionDeSession = Awaited<ReturnType<typeof decisionsDeSession>>[number];
