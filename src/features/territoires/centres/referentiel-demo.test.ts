import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { raisonPositionImpossible } from '../domain/centres.ts';
import { CENTRES_DEMO } from './referentiel-demo.ts';

const require = createRequire(import.meta.url);
const cog = (
  require('@etalab/decoupage-administratif/data/communes.json') as {
    code: string;
    nom: string;
    type: string;
    departement: string;
    population?: number;
  }[]
).filter((c) => c.type === 'commune-actuelle');
const parCode = new Map(cog.map((c) => [c.code, c]));

function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const r = Math.PI / 180;
  const x = (b[1] - a[1]) * r * Math.cos(((a[0] + b[0]) / 2) * r);
  const y = (b[0] - a[0]) * r;
  return 6371 * Math.hypot(x, y);
}

describe('centres de démonstration', () => {
  it('désignent des communes actuelles, une fois chacune, sous leur nom officiel', () => {
    const codes = CENTRES_DEMO.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [code, nom] of CENTRES_DEMO) expect(parCode.get(code)?.nom, code).toBe(nom);
  });

  it('sont plausibles pour leur territoire et arrondis à 4 décimales', () => {
    for (const [code, , lat, lon] of CENTRES_DEMO) {
      expect(raisonPositionImpossible(code, lat, lon), code).toBeNull();
      expect(Math.round(lat * 1e4) / 1e4, code).toBe(lat);
      expect(Math.round(lon * 1e4) / 1e4, code).toBe(lon);
    }
  });

  it('couvrent chaque commune de 20 000 habitants ou plus des départements de la démonstration', () => {
    const presents = new Set(CENTRES_DEMO.map(([code]) => code));
    const attendus = cog.filter(
      (c) =>
        ['02', '80', '59', '60', '62', '75', '69', '13', '33', '971'].includes(c.departement) &&
        (c.population ?? 0) >= 20_000,
    );
    expect(attendus.length).toBeGreaterThan(90);
    for (const c of attendus) expect(presents.has(c.code), `${c.code} ${c.nom}`).toBe(true);
  });

  it.each([
    ['02408', 'Laon', '02'],
    ['80021', 'Amiens', '80'],
  ])('donnent une trentaine de communes à 25 km au plus de %s (%s)', (code, _nom, dep) => {
    const centre = CENTRES_DEMO.find(([c]) => c === code)!;
    const proches = CENTRES_DEMO.filter(
      ([c, , lat, lon]) =>
        c !== code && c.startsWith(dep) && distanceKm([centre[2], centre[3]], [lat, lon]) <= 25,
    );
    expect(proches.length).toBeGreaterThanOrEqual(30);
  });
});
