import {
  AVIS_COSELEC,
  AVIS_PREFECTURE,
  type AvisCoselec,
  type AvisPrefecture,
  estDans,
  NATURES_DECISION,
  type NatureDecision,
  STATUTS_CANDIDATURE_STRUCTURE,
  type StatutCandidatureStructure,
  VALEURS_QPV,
} from '../domain/types.ts';
import type { listerCandidaturesApi, listerDecisionsApi } from './lecture.ts';

type LigneCandidature = Awaited<ReturnType<typeof listerCandidaturesApi>>[number];
type LigneDecision = Awaited<ReturnType<typeof listerDecisionsApi>>[number];

/** An application as the API shows it (contact details stay out: they are personal data). */
export function presenterCandidatureApi(r: LigneCandidature) {
  return {
    id: r.id,
    statut: (estDans(STATUTS_CANDIDATURE_STRUCTURE, r.statut)
      ? r.statut
      : 'CREEE') as StatutCandidatureStructure,
    postes_demandes: r.postesDemandes,
    postes_attribues: Number(r.postesAttribues),
    date_debut_souhaitee: r.dateDebutSouhaitee,
    deposee_le: r.creeLe.toISOString(),
    structure: {
      id: r.structureId,
      nom: r.structureNom,
      siret: r.siret,
      type: r.type,
      departement: r.departementCode,
      commune: r.communeCode,
      latitude: r.latitude,
      longitude: r.longitude,
      qpv: estDans(VALEURS_QPV, r.qpv) ? r.qpv : null,
      zrr: r.zrr,
      france_services: r.franceServices,
    },
    avis_prefecture: estDans(AVIS_PREFECTURE, r.avis)
      ? { avis: r.avis as AvisPrefecture, rang_priorite: r.rangPriorite, en_retard: r.avisEnRetard ?? false }
      : null,
  };
}

export function presenterDecisionApi(r: LigneDecision) {
  return {
    id: r.id,
    candidature_id: r.candidatureId,
    structure: { id: r.structureId, nom: r.structureNom, departement: r.departementCode },
    session: { numero: r.sessionNumero, date: r.sessionDate },
    nature: (estDans(NATURES_DECISION, r.nature) ? r.nature : 'initiale') as NatureDecision,
    avis: (estDans(AVIS_COSELEC, r.avis) ? r.avis : 'POSITIF') as AvisCoselec,
    postes: r.postes,
    financement_par_poste_eur: r.financementParPosteEur,
    montant_eur: Number(r.montantEur),
  };
}
