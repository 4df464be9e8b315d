import { describe, expect, it } from 'vitest';
import { type CommuneCouverture, calculerCouverture, type LieuCouverture } from './calcul.ts';
import { classerSousDesservies } from './sous-desservies.ts';

const commune = (
  code: string,
  population: number,
  latitude: number,
  longitude: number,
): CommuneCouverture => ({
  code,
  departementCode: '02',
  population,
  latitude,
  longitude,
});
const lieu = (latitude: number, longitude: number): LieuCouverture => ({
  departementCode: '02',
  latitude,
  longitude,
  genres: ['mediation'],
});

// Laon has a place; the others are north of it, at about 11 km per 0.1° of latitude.
const COMMUNES = [
  commune('02408', 25_000, 49.5641, 3.62),
  commune('02001', 4_000, 49.9641, 3.62), // populous, far, fragile
  commune('02002', 200, 49.9641, 3.63), // as far, tiny
  commune('02003', 4_000, 49.9641, 3.61), // as far, as populous, not fragile
  commune('02004', 900, 49.6, 3.62), // 4 km: near enough
];
const IFN = new Map([
  ['02001', 8],
  ['02002', 8],
  ['02003', 2],
]);

describe('classerSousDesservies', () => {
  it('met en tête une commune peuplée, fragile et loin de tout lieu, avec la raison', () => {
    const r = calculerCouverture(COMMUNES, [lieu(49.5641, 3.62)]);
    const liste = classerSousDesservies(r.communes, IFN);
    expect(liste.map((c) => c.code)).toEqual(['02001', '02003', '02002']);
    expect(liste[0]?.raison).toMatch(
      /^4\s000 habitants ; lieu de médiation le plus proche à 44,5 km ; fragilité numérique 8\/10$/u,
    );
  });

  it('la fait descendre quand un lieu ouvre près d’elle', () => {
    const r = calculerCouverture(COMMUNES, [lieu(49.5641, 3.62), lieu(49.9641, 3.6205)]);
    const liste = classerSousDesservies(r.communes, IFN);
    expect(liste.map((c) => c.code)).not.toContain('02001');
  });

  it('ne classe pas une commune sans centre, et garde une fragilité inconnue comme telle', () => {
    const r = calculerCouverture(
      [
        { code: '02005', departementCode: '02', population: 9_000, latitude: null, longitude: null },
        commune('02006', 100, 49.9641, 3.62),
      ],
      [lieu(49.5641, 3.62)],
    );
    const liste = classerSousDesservies(r.communes, new Map());
    expect(liste.map((c) => c.code)).toEqual(['02006']);
    expect(liste[0]?.raison).toContain('fragilité numérique inconnue');
  });
});
