/**
 * The shares the activity generator draws from. Digital themes, statuses, ages and the individual /
 * collective split come from the 2021 national reports
 * (`shared/data/france-numerique-ensemble/conum_departement-cras.json`: totals over the 101
 * départements, computed once and hard-coded here, in % of mentions); 2021 themes are carried onto the
 * current list with THEMES_CRA_2021 (vocabulaire.ts). The other shares are plausible estimates.
 */

/** A list of [value, weight]. */
export type Poids<T> = readonly (readonly [T, number])[];

/**
 * 2021: demarcheEnLigne 21.9, equipementInformatique 21.0 (split in two), internet 9.6,
 * contenusNumeriques 8.4, courriel 8.1, vocabulaire 7.9, traitementTexte 6.1, securite 3.1 +
 * fraudeEtHarcelement 1.5, trouverEmploi 2.7, echanger 2.2, sante 2.1, diagnostic 1.4, tpePme 1.1,
 * budget 1.0, autre 0.6 (spread on the themes 2021 did not have), accompagnerEnfant 0.5, scolaire 0.4,
 * smartphone 0.4.
 */
export const POIDS_THEMATIQUES_NUMERIQUES: Poids<string> = [
  ['aide_aux_demarches_administratives', 21.9],
  ['prendre_en_main_du_materiel', 10.9],
  ['gere_ses_contenus_numeriques', 10.5],
  ['navigation_sur_internet', 9.6],
  ['creer_avec_le_numerique', 8.4],
  ['email', 8.1],
  ['culture_numerique', 7.9],
  ['bureautique', 6.1],
  ['securite_numerique', 4.6],
  ['insertion_professionnelle', 2.7],
  ['reseaux_sociaux', 2.2],
  ['sante', 2.1],
  ['diagnostic_numerique', 1.4],
  ['entrepreneuriat', 1.1],
  ['banque_et_achats_en_ligne', 1.0],
  ['parentalite', 0.5],
  ['scolarite_et_numerique', 0.4],
  ['maintenance_de_materiel', 0.3],
  ['intelligence_artificielle', 0.3],
];

/** Not in the 2021 reports: estimated from the Aidants Connect démarches. */
export const POIDS_THEMATIQUES_ADMINISTRATIVES: Poids<string> = [
  ['social', 25],
  ['papiers', 18],
  ['argent', 17],
  ['travail', 14],
  ['famille', 9],
  ['logement', 8],
  ['transports', 4],
  ['etranger', 2],
  ['justice', 1],
  ['loisirs', 1],
  ['associations', 1],
];

/**
 * 2021 (accompaniments): moins12ans 8.1, de12a18ans 5.3, de18a35ans 10.4, de35a60ans 29.1,
 * plus60ans 47.2 (split 45 / 55 between 60–69 and 70+); 18–35 and 35–60 redistributed on the current
 * brackets.
 */
export const POIDS_TRANCHES_AGE: Poids<string> = [
  ['moins_de_douze', 8.1],
  ['douze_dix_huit', 5.3],
  ['dix_huit_vingt_quatre', 4.2],
  ['vingt_cinq_trente_neuf', 10.2],
  ['quarante_cinquante_neuf', 25.1],
  ['soixante_soixante_neuf', 21.2],
  ['soixante_dix_plus', 26.0],
];

/**
 * Status by age bracket, so that the national shares come close to 2021's: retraite 43.7,
 * sansEmploi 16.1, enEmploi 15.8, etudiant 12.8, heterogene 11.6.
 */
export const POIDS_STATUTS_PAR_AGE: Record<string, Poids<string>> = {
  moins_de_douze: [
    ['scolarise', 95],
    ['non_communique', 5],
  ],
  douze_dix_huit: [
    ['scolarise', 95],
    ['non_communique', 5],
  ],
  dix_huit_vingt_quatre: [
    ['scolarise', 40],
    ['sans_emploi', 30],
    ['en_emploi', 20],
    ['non_communique', 10],
  ],
  vingt_cinq_trente_neuf: [
    ['sans_emploi', 38],
    ['en_emploi', 40],
    ['non_communique', 22],
  ],
  quarante_cinquante_neuf: [
    ['sans_emploi', 36],
    ['en_emploi', 36],
    ['retraite', 3],
    ['non_communique', 25],
  ],
  soixante_soixante_neuf: [
    ['retraite', 76],
    ['en_emploi', 8],
    ['sans_emploi', 4],
    ['non_communique', 12],
  ],
  soixante_dix_plus: [
    ['retraite', 92],
    ['non_communique', 8],
  ],
};

export const POIDS_GENRES: Poids<string> = [
  ['feminin', 57],
  ['masculin', 39],
  ['non_communique', 4],
];

/** Individual durations (minutes): the form's preset buttons. */
export const POIDS_DUREES_INDIVIDUEL: Poids<number> = [
  [15, 10],
  [30, 30],
  [45, 20],
  [60, 28],
  [90, 8],
  [120, 4],
];
export const POIDS_DUREES_COLLECTIF: Poids<number> = [
  [60, 25],
  [90, 35],
  [120, 40],
];

export const POIDS_MATERIEL_INDIVIDUEL: Poids<string> = [
  ['telephone', 40],
  ['ordinateur', 33],
  ['tablette', 8],
  ['autre', 4],
  ['aucun', 15],
];
export const POIDS_MATERIEL_COLLECTIF: Poids<string> = [
  ['ordinateur', 60],
  ['tablette', 18],
  ['telephone', 17],
  ['aucun', 5],
];

export const POIDS_AUTONOMIES: Poids<string> = [
  ['entierement_accompagne', 45],
  ['partiellement_autonome', 40],
  ['autonome', 15],
];

export const POIDS_NIVEAUX: Poids<string> = [
  ['debutant', 60],
  ['intermediaire', 30],
  ['avance', 10],
];

/** 2021: 3.3 % of accompaniments ended in a redirection, nearly all individual ones (≈ 7 %). */
export const TAUX_ORIENTATION_INDIVIDUEL = 0.07;
export const POIDS_ORIENTATIONS: Poids<string> = [
  ['operateur_organisme', 30],
  ['aide_demarches', 22],
  ['administration', 15],
  ['medico_social', 13],
  ['orientation_professionnelle', 8],
  ['solidarite_financiere', 5],
  ['mediation_numerique', 5],
  ['autre', 2],
];

/**
 * 2021 activities: individuel 58.8 + ponctuel 25.1 (a short individual one), collectif 16.1. One
 * working day of a full-time conseiller: about 4 individual accompaniments, a workshop one day in four.
 */
export const INDIVIDUELS_PAR_JOUR: Poids<number> = [
  [0, 5],
  [1, 10],
  [2, 15],
  [3, 18],
  [4, 18],
  [5, 14],
  [6, 10],
  [7, 6],
  [8, 4],
];
export const TAUX_ATELIER_PAR_JOUR = 0.27;

export const PRENOMS = [
  'Jeanne',
  'Marie',
  'Monique',
  'Nicole',
  'Françoise',
  'Sylvie',
  'Nathalie',
  'Christine',
  'Fatima',
  'Aïcha',
  'Camille',
  'Léa',
  'Jean',
  'Michel',
  'Pierre',
  'Alain',
  'Bernard',
  'Gérard',
  'Patrick',
  'Mohamed',
  'Karim',
  'Lucas',
  'Hugo',
  'Yanis',
] as const;

export const NOMS = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'Benali',
  'Diallo',
  'Nguyen',
  'Lambert',
] as const;
