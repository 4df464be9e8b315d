import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { candidats, contrats, misesEnRelation } from '../../../db/schema/index.ts';
import { structuresPubliees } from '../../structures/index.ts';
import { communesPubliees } from '../../territoires/index.ts';

/** Read side of the candidate's area: everything is reached through the signed-in person's id. */

export async function candidatureDe(db: Db, utilisateurId: string) {
  const [row] = await db
    .select({
      id: candidats.id,
      prenom: candidats.prenom,
      nom: candidats.nom,
      email: candidats.email,
      telephone: candidats.telephone,
      communeCode: candidats.communeCode,
      communeNom: communesPubliees.nom,
      codePostal: candidats.codePostal,
      departementCode: candidats.departementCode,
      latitude: candidats.latitude,
      longitude: candidats.longitude,
      rayonMobiliteKm: candidats.rayonMobiliteKm,
      dateDisponibilite: candidats.dateDisponibilite,
      situations: candidats.situations,
      diplome: candidats.diplome,
      diplomeNom: candidats.diplomeNom,
      experience: candidats.experience,
      motivation: candidats.motivation,
      niveauPix: candidats.niveauPix,
      statut: candidats.statut,
      creeLe: candidats.creeLe,
      modifieLe: candidats.modifieLe,
    })
    .from(candidats)
    .leftJoin(communesPubliees, eq(communesPubliees.code, candidats.communeCode))
    .where(eq(candidats.utilisateurId, utilisateurId));
  return row ?? null;
}
export type CandidatLigne = NonNullable<Awaited<ReturnType<typeof candidatureDe>>>;

/** The structures the candidate was proposed to (or that pre-selected it), newest first. */
export async function propositionsDe(db: Db, candidatId: string) {
  return db
    .select({
      id: misesEnRelation.id,
      statut: misesEnRelation.statut,
      distanceKm: misesEnRelation.distanceKm,
      creeLe: misesEnRelation.creeLe,
      structureNom: structuresPubliees.nom,
      structureType: structuresPubliees.type,
      communeNom: communesPubliees.nom,
      codePostal: structuresPubliees.codePostal,
      departementCode: structuresPubliees.departementCode,
      contratDebut: contrats.dateDebut,
    })
    .from(misesEnRelation)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, misesEnRelation.structureId))
    .leftJoin(contrats, eq(contrats.miseEnRelationId, misesEnRelation.id))
    .leftJoin(communesPubliees, eq(communesPubliees.code, structuresPubliees.communeCode))
    .where(eq(misesEnRelation.candidatId, candidatId))
    .orderBy(desc(misesEnRelation.creeLe));
}
export type PropositionLigne = Awaited<ReturnType<typeof propositionsDe>>[number];
