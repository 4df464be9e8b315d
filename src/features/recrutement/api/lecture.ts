import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  avisPrefecture,
  candidaturesStructures,
  decisionsCoselec,
  sessionsCoselec,
} from '../../../db/schema/index.ts';
import type { Portee } from '../../../platform/auth/portee.ts';
import { structuresPubliees } from '../../structures/index.ts';

/** Scope of a read: what the actor may see, narrowed by an optional département filter. */
export function conditionPortee(portee: Portee, departement?: string): SQL | undefined | false {
  switch (portee.type) {
    case 'national':
      return departement ? eq(structuresPubliees.departementCode, departement) : undefined;
    case 'departement':
      if (departement && departement !== portee.code) return false;
      return eq(structuresPubliees.departementCode, portee.code);
    case 'structure':
      return and(
        eq(structuresPubliees.id, portee.id),
        departement ? eq(structuresPubliees.departementCode, departement) : undefined,
      );
    default:
      return false;
  }
}

export interface PageApi<T> {
  data: T[];
  next_cursor?: string;
}

const postesAttribues = sql<number>`(select coalesce(sum(d.postes), 0)::int from ${decisionsCoselec} d where d.candidature_id = ${candidaturesStructures.id})`;

/** Structure applications within the scope, by id (stable keyset pagination). */
export async function listerCandidaturesApi(
  db: Db,
  scope: SQL | undefined,
  f: { statut?: string | undefined; apres?: string | undefined; limite: number },
) {
  const rows = await db
    .select({
      id: candidaturesStructures.id,
      statut: candidaturesStructures.statut,
      postesDemandes: candidaturesStructures.postesDemandes,
      postesAttribues,
      dateDebutSouhaitee: candidaturesStructures.dateDebutSouhaitee,
      creeLe: candidaturesStructures.creeLe,
      structureId: structuresPubliees.id,
      structureNom: structuresPubliees.nom,
      siret: structuresPubliees.siret,
      type: structuresPubliees.type,
      departementCode: structuresPubliees.departementCode,
      communeCode: structuresPubliees.communeCode,
      latitude: structuresPubliees.latitude,
      longitude: structuresPubliees.longitude,
      qpv: structuresPubliees.qpv,
      zrr: structuresPubliees.zrr,
      franceServices: structuresPubliees.franceServices,
      avis: avisPrefecture.avis,
      rangPriorite: avisPrefecture.rangPriorite,
      avisEnRetard: avisPrefecture.enRetard,
    })
    .from(candidaturesStructures)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .leftJoin(avisPrefecture, eq(avisPrefecture.candidatureId, candidaturesStructures.id))
    .where(
      and(
        scope,
        f.statut ? eq(candidaturesStructures.statut, f.statut) : undefined,
        f.apres ? gt(candidaturesStructures.id, f.apres) : undefined,
      ),
    )
    .orderBy(asc(candidaturesStructures.id))
    .limit(f.limite + 1);
  return rows;
}

/** Committee decisions on applications within the scope. */
export async function listerDecisionsApi(
  db: Db,
  scope: SQL | undefined,
  f: {
    session?: number | undefined;
    candidatures?: string[] | undefined;
    apres?: string | undefined;
    limite: number;
  },
) {
  return db
    .select({
      id: decisionsCoselec.id,
      candidatureId: decisionsCoselec.candidatureId,
      nature: decisionsCoselec.nature,
      avis: decisionsCoselec.avis,
      postes: decisionsCoselec.postes,
      montantEur: decisionsCoselec.montantEur,
      financementParPosteEur: decisionsCoselec.financementParPosteEur,
      sessionNumero: sessionsCoselec.numero,
      sessionDate: sessionsCoselec.date,
      structureId: structuresPubliees.id,
      structureNom: structuresPubliees.nom,
      departementCode: structuresPubliees.departementCode,
      creeLe: decisionsCoselec.creeLe,
    })
    .from(decisionsCoselec)
    .innerJoin(sessionsCoselec, eq(sessionsCoselec.id, decisionsCoselec.sessionId))
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, decisionsCoselec.candidatureId))
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .where(
      and(
        scope,
        f.session !== undefined ? eq(sessionsCoselec.numero, f.session) : undefined,
        f.candidatures ? inArray(decisionsCoselec.candidatureId, f.candidatures) : undefined,
        f.apres ? gt(decisionsCoselec.id, f.apres) : undefined,
      ),
    )
    .orderBy(asc(decisionsCoselec.id))
    .limit(f.limite + 1);
}
