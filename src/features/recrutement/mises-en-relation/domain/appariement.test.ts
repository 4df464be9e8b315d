import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../domain/distance.ts';
import { eligibilite } from '../../domain/eligibilite.ts';
import { type CandidatDisponible, calculerPropositions, type StructureOffrante } from './appariement.ts';

const aujourdhui = '2021-03-15';

function candidat(
  id: string,
  lat: number,
  lon: number,
  over: Partial<CandidatDisponible> = {},
): CandidatDisponible {
  return {
    id,
    latitude: lat,
    longitude: lon,
    departementCode: '02',
    rayonMobiliteKm: 40,
    dateDisponibilite: '2021-03-01',
    statut: 'actif',
    recruteAilleurs: false,
    ...over,
  };
}

function structure(
  id: string,
  lat: number,
  lon: number,
  over: Partial<StructureOffrante> = {},
): StructureOffrante {
  return {
    id,
    latitude: lat,
    longitude: lon,
    departementCode: '02',
    dateDebutMission: '2021-04-01',
    postesOuverts: 1,
    exclus: new Set(),
    ...over,
  };
}

// A pseudo-random but reproducible cloud of candidates around Laon.
function nuage(n: number): CandidatDisponible[] {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const rayons = [5, 10, 15, 20, 40, 100, null] as const;
  return Array.from({ length: n }, (_, i) =>
    candidat(`c${i}`, 49.56 + (rnd() - 0.5) * 2, 3.62 + (rnd() - 0.5) * 3, {
      rayonMobiliteKm: rayons[Math.floor(rnd() * rayons.length)]!,
      dateDisponibilite: rnd() < 0.2 ? '2021-09-01' : '2021-02-01',
      recruteAilleurs: rnd() < 0.05,
      statut: rnd() < 0.05 ? 'en_pause' : 'actif',
    }),
  );
}

describe('appariement (calcul des propositions)', () => {
  it('donne exactement les candidats éligibles les plus proches, triés, dans la limite par poste ouvert', () => {
    const candidats = nuage(2000);
    const s = structure('laon', 49.5641, 3.6199, { postesOuverts: 2 });
    const props = calculerPropositions([s], candidats, aujourdhui, 10);
    // Brute force over the pure eligibility rule.
    const attendu = candidats
      .map((c) => ({ c, e: eligibilite(s, c, aujourdhui) }))
      .filter((x) => x.e.eligible)
      .map((x) => ({ id: x.c.id, d: distanceKm(s, x.c) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 20);
    expect(props.map((p) => p.candidatId)).toEqual(attendu.map((a) => a.id));
    expect(props.every((p, i) => i === 0 || p.distanceKm >= props[i - 1]!.distanceKm)).toBe(true);
  });

  it('respecte le rayon propre de chaque candidat et les exclusions de la structure', () => {
    const s = structure('s', 49.5641, 3.6199, { exclus: new Set(['proche']) });
    const props = calculerPropositions(
      [s],
      [
        candidat('proche', 49.565, 3.62),
        candidat('rayon-court', 49.7, 3.62, { rayonMobiliteKm: 5 }), // ~15 km, radius 5 km
        candidat('loin-sans-limite', 48.85, 2.35, { rayonMobiliteKm: null }), // Paris, no limit
        candidat('reunion', -20.88, 55.45, { departementCode: '974', rayonMobiliteKm: null }),
      ],
      aujourdhui,
    );
    expect(props.map((p) => p.candidatId)).toEqual(['loin-sans-limite']);
    expect(props[0]!.distanceKm).toBeGreaterThan(100);
  });

  it('outre-mer : une structure de La Réunion ne reçoit que des candidats de La Réunion', () => {
    const s = structure('stdenis', -20.88, 55.45, { departementCode: '974' });
    const props = calculerPropositions(
      [s],
      [
        candidat('metro', 49.56, 3.62, { rayonMobiliteKm: null }),
        candidat('mayotte', -12.78, 45.23, { departementCode: '976', rayonMobiliteKm: null }),
        candidat('saint-pierre', -21.34, 55.48, { departementCode: '974', rayonMobiliteKm: 100 }), // ~51 km
      ],
      aujourdhui,
    );
    expect(props.map((p) => p.candidatId)).toEqual(['saint-pierre']);
  });

  it('ne propose rien à une structure sans poste ouvert ; résultat identique d’un appel à l’autre', () => {
    const candidats = nuage(300);
    const structures = [structure('a', 49.56, 3.62, { postesOuverts: 0 }), structure('b', 49.2, 3.5)];
    const p1 = calculerPropositions(structures, candidats, aujourdhui);
    const p2 = calculerPropositions(structures, candidats, aujourdhui);
    expect(p1.some((p) => p.structureId === 'a')).toBe(false);
    expect(p1.length).toBeGreaterThan(0);
    expect(p2).toEqual(p1);
  });
});
