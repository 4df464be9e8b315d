import type { PointSerie, Statistiques } from './contrat.ts';
import { repartir } from './pourcentages.ts';

/** How many communes the distribution keeps (the most frequent). */
export const COMMUNES_MAX = 50;

export const DIMENSIONS_ACTIVITE = [
  'type',
  'dureeTranche',
  'typeLieu',
  'thematiquesNumeriques',
  'thematiquesAdministratives',
  'materiel',
  'autonomie',
  'orientation',
  'communes',
] as const;
export const DIMENSIONS_BENEFICIAIRE = ['genre', 'trancheAge', 'statutSocial'] as const;
export type Dimension = (typeof DIMENSIONS_ACTIVITE)[number] | (typeof DIMENSIONS_BENEFICIAIRE)[number];

/** What both implementations compute before shaping: plain counts. */
export interface Comptes {
  activites: number;
  accompagnements: number;
  beneficiaires: number;
  nouveaux: number;
  /** Named beneficiaries whose first accompaniment is among the counted ones. */
  nouveauxNommes: number;
  anonymes: number;
  /** Per day (YYYY-MM-DD): activities and accompaniments, only days with activity. */
  jours: Map<string, { activites: number; accompagnements: number }>;
  repartitions: Map<Dimension, Map<string, number>>;
}

/**
 * Shapes counts into the contract. Series list only periods with activity (no zero-filling: the
 * pages fill gaps if a chart needs them), sorted. Suivis = distinct named − named new ones, i.e. named
 * people helped whose first accompaniment is not among the counted ones (without filters other than
 * dates: whose first accompaniment was before the period). Communes: shares of all communes, then the
 * 50 most frequent kept (so that list may sum to less than 100).
 */
export function resultat(c: Comptes): Statistiques {
  const jours = [...c.jours.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const seriesJour: PointSerie[] = jours.map(([periode, v]) => ({ periode, ...v }));
  const mois = new Map<string, PointSerie>();
  for (const p of seriesJour) {
    const m = p.periode.slice(0, 7);
    const point = mois.get(m) ?? { periode: m, activites: 0, accompagnements: 0 };
    point.activites += p.activites;
    point.accompagnements += p.accompagnements;
    mois.set(m, point);
  }
  const r = (d: Dimension) => repartir(c.repartitions.get(d) ?? new Map());
  const nommes = c.beneficiaires - c.anonymes;
  return {
    totaux: {
      activites: c.activites,
      accompagnements: c.accompagnements,
      beneficiaires: c.beneficiaires,
      beneficiairesNouveaux: c.nouveaux,
      beneficiairesSuivis: Math.max(0, nommes - c.nouveauxNommes),
      beneficiairesAnonymes: c.anonymes,
    },
    seriesJour,
    seriesMois: [...mois.values()],
    repartitions: {
      type: r('type'),
      dureeTranche: r('dureeTranche'),
      typeLieu: r('typeLieu'),
      thematiquesNumeriques: r('thematiquesNumeriques'),
      thematiquesAdministratives: r('thematiquesAdministratives'),
      materiel: r('materiel'),
      autonomie: r('autonomie'),
      orientation: r('orientation'),
      genre: r('genre'),
      trancheAge: r('trancheAge'),
      statutSocial: r('statutSocial'),
      communes: r('communes').slice(0, COMMUNES_MAX),
    },
  };
}
