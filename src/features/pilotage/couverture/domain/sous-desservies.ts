/**
 * A first ranked list of under-served communes: population × distance to the nearest mediation place
 * × digital fragility (IFN total, 0–10), with the reason in French. Pure.
 */
import type { DistancesCommune } from './calcul.ts';

export interface CommuneClassee {
  code: string;
  score: number;
  raison: string;
}

/** Distances below this are "near enough": they add nothing to the score. */
export const DISTANCE_PROCHE_KM = 5;
/** Fragility used when the commune has no IFN score (the national median is around 5). */
export const FRAGILITE_INCONNUE = 5;

const km = (d: number) => `${d.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} km`;
const habitants = (n: number) => `${n.toLocaleString('fr-FR')} habitant${n > 1 ? 's' : ''}`;

export function classerSousDesservies(
  communes: readonly DistancesCommune[],
  fragilite: ReadonlyMap<string, number>,
  options: { limite?: number } = {},
): CommuneClassee[] {
  const classees: CommuneClassee[] = [];
  for (const c of communes) {
    const d = c.distances.mediation;
    // Without centre (or without any place at all) the distance is unknown: not ranked, not guessed.
    if (d === null || c.population <= 0) continue;
    const ecart = Math.max(0, d - DISTANCE_PROCHE_KM);
    if (ecart === 0) continue;
    const ifn = fragilite.get(c.code);
    const score = c.population * ecart * ((ifn ?? FRAGILITE_INCONNUE) / 10);
    const raisons = [
      habitants(c.population),
      `lieu de médiation le plus proche à ${km(d)}`,
      ifn === undefined
        ? 'fragilité numérique inconnue'
        : `fragilité numérique ${ifn.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}/10`,
    ];
    if (c.distances.france_services !== null)
      raisons.push(`France Services à ${km(c.distances.france_services)}`);
    classees.push({ code: c.code, score, raison: raisons.join(' ; ') });
  }
  classees.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  return classees.slice(0, options.limite ?? 100);
}
