import type { StatutCandidatureStructure } from '../../domain/types.ts';
import { CLES_CHIFFRES, type CleChiffre } from './chiffres.ts';

/** Progress of the programme (public open data), national or for one département. */
export interface Avancement {
  structures: { total: number; par_statut: Record<StatutCandidatureStructure, number> };
  /** Each figure as `DEFINITIONS_CHIFFRES` defines it. */
  postes: Record<CleChiffre, number>;
  financement: { engage_eur: number; enveloppe_eur: number };
}

export function avancementVide(
  enveloppeEur: number,
  statuts: readonly StatutCandidatureStructure[],
): Avancement {
  return {
    structures: {
      total: 0,
      par_statut: Object.fromEntries(statuts.map((s) => [s, 0])) as Record<
        StatutCandidatureStructure,
        number
      >,
    },
    postes: Object.fromEntries(CLES_CHIFFRES.map((k) => [k, 0])) as Record<CleChiffre, number>,
    financement: { engage_eur: 0, enveloppe_eur: enveloppeEur },
  };
}

/** Sum of several départements' progress (the envelope is national: it is not summed). */
export function additionner(
  parts: Avancement[],
  enveloppeEur: number,
  statuts: readonly StatutCandidatureStructure[],
) {
  const total = avancementVide(enveloppeEur, statuts);
  for (const p of parts) {
    total.structures.total += p.structures.total;
    for (const s of statuts) total.structures.par_statut[s] += p.structures.par_statut[s];
    for (const k of CLES_CHIFFRES) total.postes[k] += p.postes[k];
    total.financement.engage_eur += p.financement.engage_eur;
  }
  return total;
}
