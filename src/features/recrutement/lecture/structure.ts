import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  candidats,
  candidaturesStructures,
  contrats,
  conventions,
  decisionsCoselec,
  formations,
  misesEnRelation,
  sessionsCoselec,
} from '../../../db/schema/index.ts';
import { structuresPubliees } from '../../structures/index.ts';
import { communesPubliees } from '../../territoires/index.ts';
import { STATUTS_OCCUPANT_POSTE, type StatutMiseEnRelation } from '../domain/types.ts';

/** Read side of the structure's area: every query takes the structure id of the actor's membership. */

export async function ficheStructure(db: Db, structureId: string) {
  const [row] = await db
    .select({
      id: structuresPubliees.id,
      nom: structuresPubliees.nom,
      siret: structuresPubliees.siret,
      type: structuresPubliees.type,
      adresse: structuresPubliees.adresse,
      codePostal: structuresPubliees.codePostal,
      communeCode: structuresPubliees.communeCode,
      communeNom: communesPubliees.nom,
      departementCode: structuresPubliees.departementCode,
      latitude: structuresPubliees.latitude,
      longitude: structuresPubliees.longitude,
      qpv: structuresPubliees.qpv,
      zrr: structuresPubliees.zrr,
      franceServices: structuresPubliees.franceServices,
      reseauNational: structuresPubliees.reseauNational,
    })
    .from(structuresPubliees)
    .leftJoin(communesPubliees, eq(communesPubliees.code, structuresPubliees.communeCode))
    .where(eq(structuresPubliees.id, structureId));
  return row ?? null;
}
export type FicheStructureLigne = NonNullable<Awaited<ReturnType<typeof ficheStructure>>>;

/** The structure's applications, newest first (the first is the one still in the programme, if any). */
export async function candidaturesDeStructure(db: Db, structureId: string) {
  return db
    .select()
    .from(candidaturesStructures)
    .where(eq(candidaturesStructures.structureId, structureId))
    .orderBy(desc(candidaturesStructures.creeLe));
}
export type CandidatureLigne = Awaited<ReturnType<typeof candidaturesDeStructure>>[number];

export async function decisionsDeCandidature(db: Db, candidatureId: string) {
  return db
    .select({
      id: decisionsCoselec.id,
      nature: decisionsCoselec.nature,
      avis: decisionsCoselec.avis,
      postes: decisionsCoselec.postes,
      montantEur: decisionsCoselec.montantEur,
      commentaire: decisionsCoselec.commentaire,
      sessionNumero: sessionsCoselec.numero,
      sessionDate: sessionsCoselec.date,
      creeLe: decisionsCoselec.creeLe,
    })
    .from(decisionsCoselec)
    .innerJoin(sessionsCoselec, eq(sessionsCoselec.id, decisionsCoselec.sessionId))
    .where(eq(decisionsCoselec.candidatureId, candidatureId))
    .orderBy(asc(decisionsCoselec.creeLe));
}
export type DecisionLigne = Awaited<ReturnType<typeof decisionsDeCandidature>>[number];

export async function conventionsDeStructure(db: Db, structureId: string) {
  return db
    .select({
      id: conventions.id,
      numero: conventions.numero,
      statut: conventions.statut,
      postes: conventions.postes,
      montantEur: conventions.montantEur,
      dureeMois: conventions.dureeMois,
      signee: sql<boolean>`${conventions.fichierSigneId} is not null`,
      signeeLe: conventions.signeeLe,
      signatureDeposeeLe: conventions.signatureDeposeeLe,
      motifRenvoi: conventions.motifRenvoi,
      creeLe: conventions.creeLe,
    })
    .from(conventions)
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, conventions.candidatureId))
    .where(eq(candidaturesStructures.structureId, structureId))
    .orderBy(asc(conventions.creeLe));
}
export type ConventionLigne = Awaited<ReturnType<typeof conventionsDeStructure>>[number];

const colonnesRelation = {
  id: misesEnRelation.id,
  statut: misesEnRelation.statut,
  origine: misesEnRelation.origine,
  motifAnct: misesEnRelation.motifAnct,
  distanceKm: misesEnRelation.distanceKm,
  creeLe: misesEnRelation.creeLe,
  modifieLe: misesEnRelation.modifieLe,
  candidatId: candidats.id,
  prenom: candidats.prenom,
  nom: candidats.nom,
  email: candidats.email,
  telephone: candidats.telephone,
  communeNom: communesPubliees.nom,
  codePostal: candidats.codePostal,
  departementCode: candidats.departementCode,
  rayonMobiliteKm: candidats.rayonMobiliteKm,
  dateDisponibilite: candidats.dateDisponibilite,
  situations: candidats.situations,
  diplome: candidats.diplome,
  diplomeNom: candidats.diplomeNom,
  experience: candidats.experience,
  motivation: candidats.motivation,
  niveauPix: candidats.niveauPix,
  candidatStatut: candidats.statut,
  contratType: contrats.type,
  contratDebut: contrats.dateDebut,
  contratFin: contrats.dateFin,
  contratHeures: contrats.heuresHebdo,
};

/** The structure's relations in the given statuses, nearest first. */
export async function relationsDeStructure(
  db: Db,
  structureId: string,
  statuts: readonly StatutMiseEnRelation[],
) {
  return db
    .select(colonnesRelation)
    .from(misesEnRelation)
    .innerJoin(candidats, eq(candidats.id, misesEnRelation.candidatId))
    .leftJoin(communesPubliees, eq(communesPubliees.code, candidats.communeCode))
    .leftJoin(contrats, eq(contrats.miseEnRelationId, misesEnRelation.id))
    .where(and(eq(misesEnRelation.structureId, structureId), inArray(misesEnRelation.statut, [...statuts])))
    .orderBy(asc(misesEnRelation.distanceKm), asc(misesEnRelation.creeLe));
}
export type RelationLigne = Awaited<ReturnType<typeof relationsDeStructure>>[number];

/** One relation of this structure (null when it belongs to another: the caller answers 404). */
export async function relationDeStructure(db: Db, structureId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select(colonnesRelation)
    .from(misesEnRelation)
    .innerJoin(candidats, eq(candidats.id, misesEnRelation.candidatId))
    .leftJoin(communesPubliees, eq(communesPubliees.code, candidats.communeCode))
    .leftJoin(contrats, eq(contrats.miseEnRelationId, misesEnRelation.id))
    .where(and(eq(misesEnRelation.id, id), eq(misesEnRelation.structureId, structureId)));
  return row ?? null;
}

/** Counts of the structure's relations by status. */
export async function compteRelations(db: Db, structureId: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ statut: misesEnRelation.statut, n: sql<number>`count(*)::int` })
    .from(misesEnRelation)
    .where(eq(misesEnRelation.structureId, structureId))
    .groupBy(misesEnRelation.statut);
  return Object.fromEntries(rows.map((r) => [r.statut, r.n]));
}

/** Recruited advisers (past and present) with their contract and training. */
export async function conseillersDeStructure(db: Db, structureId: string) {
  return db
    .select({
      id: misesEnRelation.id,
      statut: misesEnRelation.statut,
      motifAnct: misesEnRelation.motifAnct,
      utilisateurId: candidats.utilisateurId,
      prenom: candidats.prenom,
      nom: candidats.nom,
      email: candidats.email,
      contratType: contrats.type,
      contratDebut: contrats.dateDebut,
      contratFin: contrats.dateFin,
      heuresHebdo: contrats.heuresHebdo,
      motifRupture: contrats.motifRupture,
      dateRupture: contrats.dateRupture,
      formationOrganisme: formations.organisme,
      formationDebut: formations.dateDebut,
      formationFin: formations.dateFin,
      certification: formations.certification,
    })
    .from(misesEnRelation)
    .innerJoin(candidats, eq(candidats.id, misesEnRelation.candidatId))
    .leftJoin(contrats, eq(contrats.miseEnRelationId, misesEnRelation.id))
    .leftJoin(formations, eq(formations.miseEnRelationId, misesEnRelation.id))
    .where(
      and(
        eq(misesEnRelation.structureId, structureId),
        inArray(misesEnRelation.statut, [...STATUTS_OCCUPANT_POSTE, 'rupture']),
      ),
    )
    .orderBy(asc(contrats.dateDebut));
}
export type ConseillerLigne = Awaited<ReturnType<typeof conseillersDeStructure>>[number];
