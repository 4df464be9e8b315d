import { describe, expect, it } from 'vitest';
import {
  centreGeometrie,
  centreMedian,
  EMPRISES,
  mediane,
  raisonPositionImpossible,
  territoireDeCommune,
  unCentreParCommune,
} from './centres.ts';

describe('territoireDeCommune', () => {
  it.each([
    ['02408', 'metro'],
    ['2A004', 'metro'],
    ['2B033', 'metro'],
    ['97105', '971'],
    ['97411', '974'],
    ['97701', '977'],
    ['98818', '988'],
  ])('%s → %s', (code, territoire) => {
    expect(territoireDeCommune(code)).toBe(territoire);
  });
});

describe('raisonPositionImpossible', () => {
  // Real town halls at the edges of each territory: all must pass.
  it.each([
    ['02408', 'Laon', 49.5641, 3.62],
    ['59107', 'Bray-Dunes', 51.0736, 2.5206],
    ['29155', 'Ouessant', 48.4597, -5.0958],
    ['2A041', 'Bonifacio', 41.3875, 9.1594],
    ['2B033', 'Bastia', 42.7003, 9.4503],
    ['06083', 'Menton', 43.7764, 7.5048],
    ['67256', 'Lauterbourg', 48.9747, 8.1786],
    ['64260', 'Hendaye', 43.3586, -1.7744],
    ['66048', 'Cerbère', 42.4436, 3.1661],
    ['97105', 'Basse-Terre', 15.9985, -61.7261],
    ['97209', 'Fort-de-France', 14.6161, -61.0588],
    ['97302', 'Cayenne', 4.9372, -52.326],
    ['97411', 'Saint-Denis', -20.8823, 55.4504],
    ['97502', 'Saint-Pierre', 46.7811, -56.1764],
    ['97611', 'Mamoudzou', -12.7806, 45.2278],
    ['97701', 'Saint-Barthélemy', 17.8958, -62.8508],
    ['97801', 'Saint-Martin', 18.0675, -63.0836],
    ['98613', 'Uvea', -13.28, -176.17],
    ['98735', 'Papeete', -17.535, -149.569],
    ['98818', 'Nouméa', -22.2758, 166.458],
  ])('%s (%s) est plausible', (code, _nom, lat, lon) => {
    expect(raisonPositionImpossible(code, lat, lon)).toBeNull();
  });

  it('refuse une position dans le mauvais territoire, en le nommant', () => {
    expect(raisonPositionImpossible('02408', -20.8823, 55.4504)).toBe(
      'position hors de France métropolitaine et Corse',
    );
    expect(raisonPositionImpossible('97105', 49.5641, 3.62)).toBe('position hors de Guadeloupe');
    expect(raisonPositionImpossible('02408', 0, 0)).toBe('position hors de France métropolitaine et Corse');
    // Null Island and Madrid are not French.
    expect(raisonPositionImpossible('02408', 40.4168, -3.7038)).not.toBeNull();
  });

  it('reconnaît une latitude et une longitude inversées', () => {
    expect(raisonPositionImpossible('02408', 3.62, 49.5641)).toBe(
      'latitude et longitude inversées (le point inversé tombe en France métropolitaine et Corse)',
    );
  });

  it('reconnaît des coordonnées en mètres', () => {
    expect(raisonPositionImpossible('02408', 6_940_000, 760_000)).toMatch(/Lambert 93/);
  });

  it('refuse un nombre qui n’en est pas un et un territoire inconnu', () => {
    expect(raisonPositionImpossible('02408', Number.NaN, 3.6)).toBe('coordonnées non numériques');
    expect(raisonPositionImpossible('98000', -17.5, -149.5)).toMatch(/territoire inconnu/);
  });

  it('a des emprises bien formées (sud < nord, ouest < est)', () => {
    for (const [code, { emprise }] of Object.entries(EMPRISES)) {
      expect(emprise[0], code).toBeLessThan(emprise[2]);
      expect(emprise[1], code).toBeLessThan(emprise[3]);
    }
  });
});

describe('mediane', () => {
  it('prend la valeur du milieu, ou la moyenne des deux du milieu', () => {
    expect(mediane([])).toBeNull();
    expect(mediane([3, 1, 2])).toBe(2);
    expect(mediane([4, 1, 3, 2])).toBe(2.5);
    expect(mediane([7])).toBe(7);
  });
});

describe('centreMedian', () => {
  const laon = (dLat: number, dLon: number) => ({ latitude: 49.5641 + dLat, longitude: 3.62 + dLon });

  it('ignore un lieu géocodé loin (la moyenne, elle, serait tirée)', () => {
    const c = centreMedian('02408', [laon(0, 0), laon(0.01, 0.01), laon(-0.01, -0.005), laon(0.9, 0.9)]);
    expect(c).toEqual({ latitude: 49.5691, longitude: 3.625, points: 4 });
  });

  it('écarte les points impossibles pour la commune, et rend null sans point', () => {
    const c = centreMedian('02408', [laon(0, 0), { latitude: -20.88, longitude: 55.45 }]);
    expect(c).toEqual({ latitude: 49.5641, longitude: 3.62, points: 1 });
    expect(centreMedian('02408', [{ latitude: -20.88, longitude: 55.45 }])).toBeNull();
    expect(centreMedian('02408', [])).toBeNull();
  });
});

describe('centreGeometrie', () => {
  const carre = (lon: number, lat: number, cote: number) => [
    [lon, lat],
    [lon + cote, lat],
    [lon + cote, lat + cote],
    [lon, lat + cote],
    [lon, lat],
  ];

  it('rend un point tel quel (GeoJSON : longitude d’abord)', () => {
    expect(centreGeometrie({ type: 'Point', coordinates: [3.62, 49.5641] })).toEqual({
      latitude: 49.5641,
      longitude: 3.62,
    });
  });

  it('rend le centre d’un carré, quel que soit le sens de parcours', () => {
    const c = centreGeometrie({ type: 'Polygon', coordinates: [carre(3.6, 49.5, 0.1)] })!;
    expect(c.latitude).toBeCloseTo(49.55, 9);
    expect(c.longitude).toBeCloseTo(3.65, 9);
    const inverse = centreGeometrie({ type: 'Polygon', coordinates: [carre(3.6, 49.5, 0.1).reverse()] })!;
    expect(inverse.latitude).toBeCloseTo(49.55, 9);
    expect(inverse.longitude).toBeCloseTo(3.65, 9);
  });

  it('tient compte des trous', () => {
    // A hole in the east half pushes the centroid west.
    const c = centreGeometrie({
      type: 'Polygon',
      coordinates: [carre(3.6, 49.5, 0.1), carre(3.66, 49.52, 0.03)],
    })!;
    expect(c.longitude).toBeLessThan(3.65);
    expect(c.latitude).toBeCloseTo(49.55, 2);
  });

  it('prend le plus grand polygone d’une commune en plusieurs morceaux', () => {
    const c = centreGeometrie({
      type: 'MultiPolygon',
      coordinates: [[carre(-1.2, 46.1, 0.02)], [carre(-1.0, 46.0, 0.2)], [carre(-1.5, 46.3, 0.05)]],
    })!;
    expect(c.latitude).toBeCloseTo(46.1, 6);
    expect(c.longitude).toBeCloseTo(-0.9, 6);
  });

  it('se rabat sur la moyenne des sommets d’un contour plat, et rend null d’un contour vide', () => {
    const plat = centreGeometrie({
      type: 'Polygon',
      coordinates: [
        [
          [3, 49],
          [4, 49],
          [3, 49],
        ],
      ],
    })!;
    expect(plat.latitude).toBe(49);
    expect(plat.longitude).toBeCloseTo(10 / 3, 9);
    expect(centreGeometrie({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
    expect(centreGeometrie({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});

describe('unCentreParCommune', () => {
  it('garde la ligne de meilleure priorité, sinon la première, et compte les doublons', () => {
    const { retenus, doublons } = unCentreParCommune([
      { code: '02408', priorite: 1, ligne: 2 },
      { code: '02408', priorite: 0, ligne: 3 },
      { code: '02408', priorite: 0, ligne: 4 },
      { code: '80021', priorite: 0, ligne: 5 },
    ]);
    expect(retenus.map((r) => r.ligne)).toEqual([3, 5]);
    expect(doublons.map((r) => r.ligne).sort()).toEqual([2, 4]);
  });
});
