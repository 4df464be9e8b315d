import type { StatutMiseEnRelation } from '../../domain/types.ts';

/**
 * Every public figure of the programme, defined once. The progress computation, the monthly series,
 * the dashboards, the XLSX export and the open-data API all read their statuses and labels here, and
 * the page and the API show the same definitions: a figure cannot mean two things in two places.
 */
export const CLES_CHIFFRES = [
  'demandes',
  'attribues',
  'conventionnes',
  'recrutements_enregistres',
  'recrutes',
  'en_formation',
  'en_poste',
] as const;
export type CleChiffre = (typeof CLES_CHIFFRES)[number];

export interface DefinitionChiffre {
  libelle: string;
  /** What is counted, in one French sentence (shown on the page and in the API). */
  definition: string;
  /** When the monthly series counts it (absent: the figure has no series). */
  serie?: string;
}

/**
 * Recruitments recorded by a structure that hold a post, whether the candidate confirmed them and ANCT
 * validated them or not: exactly the statuses that occupy a post (STATUTS_OCCUPANT_POSTE).
 */
export const STATUTS_RECRUTEMENT_ENREGISTRE: readonly StatutMiseEnRelation[] = [
  'a_confirmer',
  'recrutee',
  'renvoyee',
  'validee',
  'en_poste',
];
/** Recruitments ANCT validated, contract not ended: the public "recruited" count. */
export const STATUTS_RECRUTE_VALIDE: readonly StatutMiseEnRelation[] = ['validee', 'en_poste'];
export const STATUTS_EN_POSTE: readonly StatutMiseEnRelation[] = ['en_poste'];

export const DEFINITIONS_CHIFFRES: Record<CleChiffre, DefinitionChiffre> = {
  demandes: {
    libelle: 'Postes demandés',
    definition:
      'Postes demandés par les candidatures de structures encore en cours (ni retirées, ni annulées, ni en doublon).',
  },
  attribues: {
    libelle: 'Postes attribués',
    definition:
      'Postes attribués par le comité de sélection aux candidatures validées, avenants d’ajout ou de retrait compris.',
    serie: 'au mois de la session du comité qui les attribue',
  },
  conventionnes: {
    libelle: 'Postes conventionnés',
    definition:
      'Postes couverts par une convention dont la signature a été vérifiée par l’ANCT, sans dépasser les postes encore attribués à la candidature. Une convention déposée mais pas encore vérifiée n’est pas comptée.',
  },
  recrutements_enregistres: {
    libelle: 'Recrutements enregistrés',
    definition:
      'Recrutements saisis par les structures qui occupent un poste : en attente de confirmation par le candidat, en attente de validation par l’ANCT ou renvoyés pour correction, validés ou en poste. Un recrutement refusé ou décliné et un contrat rompu ne sont plus comptés.',
    serie: 'au mois où la structure a enregistré le recrutement',
  },
  recrutes: {
    libelle: 'Conseillers recrutés (validés)',
    definition:
      'Recrutements validés par l’ANCT dont le contrat est en cours, que le conseiller ait déjà pris son poste ou non. Un recrutement saisi mais pas encore validé n’est pas compté.',
    serie: 'au mois où la structure a enregistré le recrutement, pour ceux que l’ANCT a validés',
  },
  en_formation: {
    libelle: 'En formation',
    definition: 'Conseillers recrutés (validés) dont la formation certifiante est en cours.',
  },
  en_poste: {
    libelle: 'En poste',
    definition:
      'Conseillers recrutés (validés) dont le contrat a commencé : ils exercent dans leur structure.',
    serie: 'au mois du début du contrat',
  },
};

/** The monthly series of one figure ends, in cumulated form, on the headline figure. */
export function cumuler(valeurs: readonly number[]): number[] {
  let total = 0;
  return valeurs.map((v) => {
    total += v;
    return total;
  });
}
