/**
 * The recruitment programme's vocabularies. Status values reuse those of the 2021 platform
 * (conseiller-numerique.gouv.fr) so data can flow between systems.
 */

export const STATUTS_CANDIDATURE_STRUCTURE = [
  'CREEE',
  'VALIDATION_COSELEC',
  'EXAMEN_COMPLEMENTAIRE_COSELEC',
  'REFUS_COSELEC',
  'ABANDON',
  'ANNULEE',
  'DOUBLON',
] as const;
export type StatutCandidatureStructure = (typeof STATUTS_CANDIDATURE_STRUCTURE)[number];

export const STATUT_CANDIDATURE_STRUCTURE_LABELS: Record<StatutCandidatureStructure, string> = {
  CREEE: 'Déposée, non traitée',
  VALIDATION_COSELEC: 'Validée par le comité de sélection',
  EXAMEN_COMPLEMENTAIRE_COSELEC: 'En examen complémentaire',
  REFUS_COSELEC: 'Refusée par le comité de sélection',
  ABANDON: 'Retirée par la structure',
  ANNULEE: 'Annulée',
  DOUBLON: 'Doublon',
};

/** QPV flag as the 2021 platform recorded it ("Sans objet" when the commune has no QPV). */
export const VALEURS_QPV = ['oui', 'non', 'sans_objet'] as const;
export type ValeurQpv = (typeof VALEURS_QPV)[number];

export const AVIS_PREFECTURE = ['favorable', 'defavorable'] as const;
export type AvisPrefecture = (typeof AVIS_PREFECTURE)[number];

export const AVIS_COSELEC = ['POSITIF', 'NEGATIF', 'EXAMEN_COMPLEMENTAIRE'] as const;
export type AvisCoselec = (typeof AVIS_COSELEC)[number];

export const AVIS_COSELEC_LABELS: Record<AvisCoselec, string> = {
  POSITIF: 'Positif',
  NEGATIF: 'Négatif',
  EXAMEN_COMPLEMENTAIRE: 'Examen complémentaire',
};

/** A first decision on an application, or a later amendment adding or withdrawing posts. */
export const NATURES_DECISION = ['initiale', 'avenant'] as const;
export type NatureDecision = (typeof NATURES_DECISION)[number];

/**
 * A signed copy uploaded by the structure waits for ANCT's review (SIGNATURE_A_VERIFIER); only a
 * validated signature is SIGNEE and counts as conventionnée. A copy sent back returns to A_SIGNER.
 */
export const STATUTS_CONVENTION = ['A_SIGNER', 'SIGNATURE_A_VERIFIER', 'SIGNEE', 'RESILIEE'] as const;
export type StatutConvention = (typeof STATUTS_CONVENTION)[number];

export const STATUT_CONVENTION_LABELS: Record<StatutConvention, string> = {
  A_SIGNER: 'À signer',
  SIGNATURE_A_VERIFIER: 'Signature à vérifier',
  SIGNEE: 'Signée',
  RESILIEE: 'Résiliée',
};

/** Mobility radius a candidate accepts; null means "no limit" (within its own territory). */
export const RAYONS_MOBILITE_KM = [5, 10, 15, 20, 40, 100] as const;
export type RayonMobiliteKm = (typeof RAYONS_MOBILITE_KM)[number];

export const SITUATIONS_CANDIDAT = ['demandeur_emploi', 'en_emploi', 'en_formation'] as const;
export type SituationCandidat = (typeof SITUATIONS_CANDIDAT)[number];

export const SITUATION_CANDIDAT_LABELS: Record<SituationCandidat, string> = {
  demandeur_emploi: 'Demandeur ou demandeuse d’emploi',
  en_emploi: 'En emploi',
  en_formation: 'En formation',
};

export const STATUTS_CANDIDAT = ['actif', 'en_pause', 'retire'] as const;
export type StatutCandidat = (typeof STATUTS_CANDIDAT)[number];

export const STATUT_CANDIDAT_LABELS: Record<StatutCandidat, string> = {
  actif: 'Disponible',
  en_pause: 'En pause',
  retire: 'Retiré',
};

export const STATUTS_MISE_EN_RELATION = [
  'nouvelle',
  'interessee',
  'non_interessee',
  'declinee',
  'a_confirmer',
  'recrutee',
  'renvoyee',
  'refusee',
  'validee',
  'en_poste',
  'non_disponible',
  'rupture',
] as const;
export type StatutMiseEnRelation = (typeof STATUTS_MISE_EN_RELATION)[number];

export const STATUT_MISE_EN_RELATION_LABELS: Record<StatutMiseEnRelation, string> = {
  nouvelle: 'Proposée',
  interessee: 'Intéressé·e',
  non_interessee: 'Pas intéressé·e',
  declinee: 'Déclinée par le candidat',
  a_confirmer: 'Recrutement à confirmer par le candidat',
  recrutee: 'Recrutement en attente de validation',
  renvoyee: 'Recrutement renvoyé à la structure par l’ANCT',
  refusee: 'Recrutement refusé par l’ANCT',
  validee: 'Recrutement validé par l’ANCT',
  en_poste: 'En poste',
  non_disponible: 'Candidat non disponible',
  rupture: 'Contrat rompu',
};

/**
 * Statuses that occupy one of the structure's granted posts (the quota rule counts them): a hire
 * recorded holds its post while the candidate confirms and while ANCT reviews or sends it back.
 */
export const STATUTS_OCCUPANT_POSTE: readonly StatutMiseEnRelation[] = [
  'a_confirmer',
  'recrutee',
  'renvoyee',
  'validee',
  'en_poste',
];

/** Proposals still open (a recruitment elsewhere or a pause closes them). */
export const STATUTS_PROPOSITION_OUVERTE: readonly StatutMiseEnRelation[] = ['nouvelle', 'interessee'];

export const ORIGINES_MISE_EN_RELATION = ['automatique', 'manuelle'] as const;
export type OrigineMiseEnRelation = (typeof ORIGINES_MISE_EN_RELATION)[number];

export const TYPES_CONTRAT = ['CDI', 'CDD', 'PEC', 'contrat_de_projet_public'] as const;
export type TypeContrat = (typeof TYPES_CONTRAT)[number];

export const TYPE_CONTRAT_LABELS: Record<TypeContrat, string> = {
  CDI: 'Contrat à durée indéterminée (CDI)',
  CDD: 'Contrat à durée déterminée (CDD)',
  PEC: 'Parcours emploi compétences (PEC)',
  contrat_de_projet_public: 'Contrat de projet (fonction publique)',
};

export const MOTIFS_RUPTURE = [
  'demission',
  'licenciement',
  'rupture_conventionnelle',
  'fin_periode_essai',
  'fin_de_contrat',
  'autre',
] as const;
export type MotifRupture = (typeof MOTIFS_RUPTURE)[number];

export const MOTIF_RUPTURE_LABELS: Record<MotifRupture, string> = {
  demission: 'Démission',
  licenciement: 'Licenciement',
  rupture_conventionnelle: 'Rupture conventionnelle',
  fin_periode_essai: 'Fin de la période d’essai',
  fin_de_contrat: 'Fin de contrat',
  autre: 'Autre motif',
};

export const CERTIFICATIONS = ['en_cours', 'certifie', 'non_certifie'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

export const CERTIFICATION_LABELS: Record<Certification, string> = {
  en_cours: 'En cours',
  certifie: 'Certifié',
  non_certifie: 'Non certifié',
};

export function estDans<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
