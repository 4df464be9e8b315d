import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { arrondiKm, distanceKm } from './distance.ts';
import {
  type CandidatAApparier,
  debutMissionEffectif,
  type StructureAApparier,
  territoire,
} from './eligibilite.ts';

/**
 * Matching proposes, for each open post, the nearest eligible candidates: a structure with one post
 * does not need thousands of names (it can still search every available candidate by hand).
 */
export const PROPOSITIONS_PAR_POSTE_OUVERT = 10;

export interface StructureOffrante extends StructureAApparier {
  id: string;
  postesOuverts: number;
  /** Candidates this structure already turned down or who declined it: never proposed again. */
  exclus: ReadonlySet<string>;
}

export interface CandidatDisponible extends CandidatAApparier {
  id: string;
}

export interface Proposition {
  structureId: string;
  candidatId: string;
  distanceKm: number;
}

interface IndexTerritoire {
  limites: { index: KDBush; items: CandidatDisponible[]; rayonMax: number } | null;
  sansLimite: { index: KDBush; items: CandidatDisponible[] } | null;
}

function construireIndex(items: CandidatDisponible[]): KDBush {
  const index = new KDBush(items.length);
  for (const c of items) index.add(c.longitude, c.latitude);
  index.finish();
  return index;
}

function indexer(candidats: CandidatDisponible[]): Map<string, IndexTerritoire> {
  const groupes = new Map<string, { limites: CandidatDisponible[]; sansLimite: CandidatDisponible[] }>();
  for (const c of candidats) {
    // Static eligibility is checked once here; the rest depends on the structure.
    if (c.statut !== 'actif' || c.recruteAilleurs) continue;
    const key = territoire(c.departementCode);
    let g = groupes.get(key);
    if (!g) {
      g = { limites: [], sansLimite: [] };
      groupes.set(key, g);
    }
    (c.rayonMobiliteKm === null ? g.sansLimite : g.limites).push(c);
  }
  const out = new Map<string, IndexTerritoire>();
  for (const [key, g] of groupes) {
    out.set(key, {
      limites:
        g.limites.length > 0
          ? {
              index: construireIndex(g.limites),
              items: g.limites,
              rayonMax: Math.max(...g.limites.map((c) => c.rayonMobiliteKm ?? 0)),
            }
          : null,
      sansLimite:
        g.sansLimite.length > 0 ? { index: construireIndex(g.sansLimite), items: g.sansLimite } : null,
    });
  }
  return out;
}

/**
 * For every structure with open posts, its nearest eligible candidates (each within its own mobility
 * radius, available by the mission start, not recruited, same territory), nearest first.
 * Deterministic for given inputs, so a run repeated on unchanged data proposes the same pairs.
 */
export function calculerPropositions(
  structures: StructureOffrante[],
  candidats: CandidatDisponible[],
  aujourdhui: string,
  parPoste = PROPOSITIONS_PAR_POSTE_OUVERT,
): Proposition[] {
  const index = indexer(candidats);
  const out: Proposition[] = [];
  for (const s of structures) {
    if (s.postesOuverts < 1) continue;
    const idx = index.get(territoire(s.departementCode));
    if (!idx) continue;
    const limite = s.postesOuverts * parPoste;
    const debut = debutMissionEffectif(s.dateDebutMission, aujourdhui);
    const trouves: { c: CandidatDisponible; d: number }[] = [];
    const garder = (c: CandidatDisponible, rayon: number | null): boolean => {
      if (c.dateDisponibilite > debut || s.exclus.has(c.id)) return false;
      const d = distanceKm(s, c);
      if (rayon !== null && d > rayon) return false;
      trouves.push({ c, d });
      return true;
    };
    if (idx.limites) {
      const { items } = idx.limites;
      around(idx.limites.index, s.longitude, s.latitude, limite, idx.limites.rayonMax + 1, (i) =>
        garder(items[i]!, items[i]!.rayonMobiliteKm),
      );
    }
    if (idx.sansLimite) {
      const { items } = idx.sansLimite;
      around(idx.sansLimite.index, s.longitude, s.latitude, limite, Number.POSITIVE_INFINITY, (i) =>
        garder(items[i]!, null),
      );
    }
    // Both searches stop at `limite` kept points; merge them and keep the nearest overall.
    trouves.sort((a, b) => a.d - b.d || (a.c.id < b.c.id ? -1 : 1));
    for (const { c, d } of trouves.slice(0, limite)) {
      out.push({ structureId: s.id, candidatId: c.id, distanceKm: arrondiKm(d) });
    }
  }
  return out;
}
