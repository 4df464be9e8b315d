import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { arrondiKm, distanceKm } from '../../domain/distance.ts';
import {
  type CandidatAApparier,
  debutMissionEffectif,
  type StructureAApparier,
  territoire,
} from '../../domain/eligibilite.ts';

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
    const disponible = (c: CandidatDisponible) => c.dateDisponibilite <= debut && !s.exclus.has(c.id);
    // Each search returns at most `limite` ids, nearest first; only those get their distance computed.
    const trouves: { c: CandidatDisponible; d: number }[] = [];
    if (idx.limites) {
      const { items } = idx.limites;
      const ids = around(
        idx.limites.index,
        s.longitude,
        s.latitude,
        limite,
        idx.limites.rayonMax + 1,
        (i) => {
          const c = items[i]!;
          return disponible(c) && distanceKm(s, c) <= (c.rayonMobiliteKm ?? Number.POSITIVE_INFINITY);
        },
      );
      for (const i of ids) trouves.push({ c: items[i]!, d: distanceKm(s, items[i]!) });
    }
    if (idx.sansLimite) {
      const { items } = idx.sansLimite;
      const ids = around(
        idx.sansLimite.index,
        s.longitude,
        s.latitude,
        limite,
        Number.POSITIVE_INFINITY,
        (i) => disponible(items[i]!),
      );
      for (const i of ids) trouves.push({ c: items[i]!, d: distanceKm(s, items[i]!) });
    }
    // Merge both lists (each at most `limite` long) and keep the nearest overall.
    trouves.sort((a, b) => a.d - b.d || (a.c.id < b.c.id ? -1 : 1));
    for (const { c, d } of trouves.slice(0, limite)) {
      out.push({ structureId: s.id, candidatId: c.id, distanceKm: arrondiKm(d) });
    }
  }
  return out;
}
