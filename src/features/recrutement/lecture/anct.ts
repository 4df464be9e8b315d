import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  candidats,
  candidaturesStructures,
  contrats,
  conventions,
  formations,
  misesEnRelation,
} from '../../../db/schema/index.ts';
import { structuresPubliees } from '../../structures/index.ts';
import { STATUTS_OCCUPANT_POSTE } from '../domain/types.ts';

/** National read side (ANCT only: the routes require the anct role). */

export const LIGNES_PAR_PAGE = 30;

export async function conventionsNationales(
  db: Db,
  f: { statut?: string | undefined; departement?: string | undefined; page: number },
) {
  const where = and(
    f.statut ? eq(conventions.statut, f.statut) : undefined,
    f.departement ? eq(structuresPubliees.departementCode, f.departement) : undefined,
  );
  const from = db
    .select({
      id: conventions.id,
      numero: conventions.numero,
      statut: conventions.statut,
      postes: conventions.postes,
      montantEur: conventions.montantEur,
      dureeMois: conventions.dureeMois,
      signee: sql<boolean>`${conventions.fichierSigneId} is not null`,
      signeeLe: conventions.signeeLe,
      creeLe: conventions.creeLe,
      structureNom: structuresPubliees.nom,
      departementCode: structuresPubliees.departementCode,
      candidatureId: conventions.candidatureId,
    })
    .from(conventions)
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, conventions.candidatureId))
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId));
  const [total] = await db
    .select({
      n: sql<number>`count(*)::int`,
      montant: sql<number>`coalesce(sum(${conventions.montantEur}), 0)::bigint`,
    })
    .from(conventions)
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, conventions.candidatureId))
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .where(where);
  const rows = await from
    .where(where)
    .orderBy(desc(conventions.creeLe), asc(conventions.numero))
    .limit(LIGNES_PAR_PAGE)
    .offset((f.page - 1) * LIGNES_PAR_PAGE);
  return { total: total?.n ?? 0, montant: Number(total?.montant ?? 0), rows };
}
export type ConventionNationale = Awaited<ReturnType<typeof conventionsNationales>>['rows'][number];

const colonnesRecrutement = {
  id: misesEnRelation.id,
  statut: misesEnRelation.statut,
  modifieLe: misesEnRelation.modifieLe,
  prenom: candidats.prenom,
  nom: candidats.nom,
  structureNom: structuresPubliees.nom,
  departementCode: structuresPubliees.departementCode,
  contratType: contrats.type,
  contratDebut: contrats.dateDebut,
  contratFin: contrats.dateFin,
  heuresHebdo: contrats.heuresHebdo,
  formationOrganisme: formations.organisme,
  formationDebut: formations.dateDebut,
  formationFin: formations.dateFin,
  certification: formations.certification,
};

function recrutementsBase(db: Db) {
  return db
    .select(colonnesRecrutement)
    .from(misesEnRelation)
    .innerJoin(candidats, eq(candidats.id, misesEnRelation.candidatId))
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, misesEnRelation.structureId))
    .leftJoin(contrats, eq(contrats.miseEnRelationId, misesEnRelation.id))
    .leftJoin(formations, eq(formations.miseEnRelationId, misesEnRelation.id));
}

/** Recruitments entered by structures and waiting for ANCT's validation, oldest first. */
export async function recrutementsAValider(db: Db, departement?: string) {
  return recrutementsBase(db)
    .where(
      and(
        eq(misesEnRelation.statut, 'recrutee'),
        departement ? eq(structuresPubliees.departementCode, departement) : undefined,
      ),
    )
    .orderBy(asc(misesEnRelation.modifieLe))
    .limit(500);
}
export type RecrutementLigne = Awaited<ReturnType<typeof recrutementsAValider>>[number];

/** Recruited advisers and their training, filtered by certification state ('aucune' = no record). */
export async function conseillersEtFormations(
  db: Db,
  f: { certification?: string | undefined; departement?: string | undefined; page: number },
) {
  const where = and(
    inArray(misesEnRelation.statut, [...STATUTS_OCCUPANT_POSTE]),
    f.departement ? eq(structuresPubliees.departementCode, f.departement) : undefined,
    f.certification === 'aucune'
      ? sql`${formations.id} is null`
      : f.certification
        ? eq(formations.certification, f.certification)
        : undefined,
  );
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(misesEnRelation)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, misesEnRelation.structureId))
    .leftJoin(formations, eq(formations.miseEnRelationId, misesEnRelation.id))
    .where(where);
  const rows = await recrutementsBase(db)
    .where(where)
    .orderBy(asc(structuresPubliees.departementCode), asc(candidats.nom))
    .limit(LIGNES_PAR_PAGE)
    .offset((f.page - 1) * LIGNES_PAR_PAGE);
  return { total: total?.n ?? 0, rows };
}

const occupants = sql.raw(STATUTS_OCCUPANT_POSTE.map((s) => `'${s}'`).join(', '));

/** What the next matching run would work on: structures with open posts, available candidates. */
export async function perimetreAppariement(db: Db): Promise<{ structures: number; candidats: number }> {
  const res = (await db.execute(sql`select
      (select count(*)::int from (
        select c.structure_id from candidatures_structures c
        join decisions_coselec d on d.candidature_id = c.id
        where c.statut = 'VALIDATION_COSELEC'
        group by c.structure_id
        having sum(d.postes) > (select count(*) from mises_en_relation m
          where m.structure_id = c.structure_id and m.statut in (${occupants}))) o) as structuresPubliees,
      (select count(*)::int from candidats k where k.statut = 'actif' and k.latitude is not null
        and not exists (select 1 from mises_en_relation m where m.candidat_id = k.id and m.statut in (${occupants}))) as candidats`)) as unknown as {
    rows: { structures: number; candidats: number }[];
  };
  const r = res.rows[0]!;
  return { structures: Number(r.structures), candidats: Number(r.candidats) };
}
