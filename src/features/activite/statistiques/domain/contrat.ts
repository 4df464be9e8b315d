/**
 * The statistics contract: what a statistics query is asked (scope + filters) and what it answers.
 * Two implementations answer it and must agree figure for figure: `brutes` (aggregation over the raw
 * accompaniment rows: the truth, the recount, the benchmark's baseline) and the summary tables
 * (`compteurs`: what pages and the API use, fast at national scale).
 */

/** Whose activity is counted, decided by the actor's role (never by a parameter a user sends). */
export type PorteeStatistiques =
  | { niveau: 'conseiller'; structureId: string; conseillerId: string }
  | { niveau: 'structure'; structureId: string }
  | { niveau: 'departement'; departementCode: string }
  | { niveau: 'national' };

/** Filters a person may add within their scope; every one optional. */
export interface FiltresStatistiques {
  /** Inclusive, YYYY-MM-DD (Paris calendar days). */
  du?: string;
  au?: string;
  /** Narrow a national scope to a département (ignored where the scope is already narrower). */
  departementCode?: string;
  structureId?: string;
  conseillerId?: string;
  type?: 'individuel' | 'collectif';
  /** Activities with at least one of these digital themes. */
  thematiquesNumeriques?: string[];
}

/** One line of a distribution: a code, its count, and its share of the distribution's total. */
export interface Part {
  code: string;
  nombre: number;
  /** Percentage, rounded so that the parts of one distribution add up to exactly 100 (largest remainder). */
  pourcentage: number;
}

export interface PointSerie {
  /** YYYY-MM-DD for days, YYYY-MM for months. */
  periode: string;
  activites: number;
  accompagnements: number;
}

export interface Statistiques {
  totaux: {
    activites: number;
    accompagnements: number;
    /** Distinct beneficiaries helped in the period. */
    beneficiaires: number;
    /** Beneficiaries whose first accompaniment falls in the period (named or anonymous). */
    beneficiairesNouveaux: number;
    /** Named beneficiaries helped in the period whose first accompaniment was earlier. */
    beneficiairesSuivis: number;
    beneficiairesAnonymes: number;
  };
  seriesJour: PointSerie[];
  seriesMois: PointSerie[];
  /**
   * Distributions. Activity dimensions count activities (type, dureeTranche, typeLieu, thematiques*,
   * materiel, autonomie, orientation: multi-valued ones count each value once per activity, so their
   * percentages are shares of the mentions); beneficiary dimensions count accompaniments (genre,
   * trancheAge, statutSocial, communes).
   */
  repartitions: {
    type: Part[];
    dureeTranche: Part[];
    typeLieu: Part[];
    thematiquesNumeriques: Part[];
    thematiquesAdministratives: Part[];
    materiel: Part[];
    autonomie: Part[];
    orientation: Part[];
    genre: Part[];
    trancheAge: Part[];
    statutSocial: Part[];
    /** Commune of the activity (INSEE code), top 50. */
    communes: Part[];
  };
}

/**
 * The query shapes the benchmark times (`npm run bench:activite`), each with and without filters:
 * the same list drives the benchmark and the agreement test between the two implementations.
 */
export const FORMES_REQUETE: {
  nom: string;
  portee: 'conseiller' | 'structure' | 'departement' | 'national';
  filtres: (annee: number) => FiltresStatistiques;
}[] = [
  { nom: 'national, tout', portee: 'national', filtres: () => ({}) },
  {
    nom: 'national, une année',
    portee: 'national',
    filtres: (a) => ({ du: `${a}-01-01`, au: `${a}-12-31` }),
  },
  {
    nom: 'national, un mois, collectif',
    portee: 'national',
    filtres: (a) => ({ du: `${a}-03-01`, au: `${a}-03-31`, type: 'collectif' }),
  },
  { nom: 'national, thématique', portee: 'national', filtres: () => ({ thematiquesNumeriques: ['email'] }) },
  { nom: 'département, tout', portee: 'departement', filtres: () => ({}) },
  {
    nom: 'département, une année, thématique',
    portee: 'departement',
    filtres: (a) => ({
      du: `${a}-01-01`,
      au: `${a}-12-31`,
      thematiquesNumeriques: ['navigation_sur_internet'],
    }),
  },
  { nom: 'structure, tout', portee: 'structure', filtres: () => ({}) },
  { nom: 'conseiller, tout', portee: 'conseiller', filtres: () => ({}) },
  {
    nom: 'conseiller, un trimestre',
    portee: 'conseiller',
    filtres: (a) => ({ du: `${a}-04-01`, au: `${a}-06-30` }),
  },
];
