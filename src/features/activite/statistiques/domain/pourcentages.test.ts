import { describe, expect, it } from 'vitest';
import { repartir } from './pourcentages.ts';

const somme = (p: { pourcentage: number }[]) => p.reduce((s, x) => s + x.pourcentage, 0);

describe('pourcentages au plus fort reste', () => {
  it('une distribution vide ou nulle donne []', () => {
    expect(repartir([])).toEqual([]);
    expect(repartir([['a', 0]])).toEqual([]);
  });

  it('trois tiers : 34 + 33 + 33, le point restant au premier code à égalité', () => {
    expect(
      repartir([
        ['b', 1],
        ['a', 1],
        ['c', 1],
      ]),
    ).toEqual([
      { code: 'a', nombre: 1, pourcentage: 34 },
      { code: 'b', nombre: 1, pourcentage: 33 },
      { code: 'c', nombre: 1, pourcentage: 33 },
    ]);
  });

  it('le plus fort reste l’emporte, même sur un plus grand nombre', () => {
    // 2/3 = 66.67 → 67 ; 1/3 = 33.33 → 33.
    expect(
      repartir([
        ['x', 2],
        ['y', 1],
      ]).map((p) => p.pourcentage),
    ).toEqual([67, 33]);
    // 1/7 each of 7: 14.28… → 14 ×7 = 98, two points to the first two codes.
    const septieme = repartir('abcdefg'.split('').map((c) => [c, 1] as const));
    expect(septieme.map((p) => p.pourcentage)).toEqual([15, 15, 14, 14, 14, 14, 14]);
    // 10 / 5 / 5 / 1 of 21: 47.62, 23.81, 23.81, 4.76 → 47 23 23 4 = 97; remainders .81 .81 .76 win over .62.
    expect(
      repartir([
        ['a', 10],
        ['b', 5],
        ['c', 5],
        ['d', 1],
      ]).map((p) => p.pourcentage),
    ).toEqual([47, 24, 24, 5]);
  });

  it('toujours exactement 100, triés par nombre puis code, zéros écartés', () => {
    for (let n = 1; n < 60; n++) {
      const comptes = Array.from({ length: n }, (_, i) => [`c${i}`, (i * 7919) % 13] as const);
      const parts = repartir(comptes);
      if (parts.length === 0) continue;
      expect(somme(parts)).toBe(100);
      expect(parts.every((p) => p.nombre > 0)).toBe(true);
      for (let i = 1; i < parts.length; i++)
        expect(parts[i - 1]!.nombre).toBeGreaterThanOrEqual(parts[i]!.nombre);
    }
  });
});
