import { describe, expect, it } from 'vitest';
import { arrondiKm, distanceKm } from './distance.ts';

const paris = { latitude: 48.8566, longitude: 2.3522 };
const lyon = { latitude: 45.764, longitude: 4.8357 };

describe('distance orthodromique', () => {
  it('Paris–Lyon ≈ 392 km, symétrique, nulle sur place', () => {
    expect(distanceKm(paris, lyon)).toBeCloseTo(391.5, 0);
    expect(distanceKm(lyon, paris)).toBeCloseTo(distanceKm(paris, lyon), 9);
    expect(distanceKm(paris, paris)).toBe(0);
  });

  it('un degré de latitude ≈ 111,2 km ; les antipodes ≈ 20 015 km', () => {
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(111.195, 2);
    expect(distanceKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      20015.1,
      0,
    );
  });

  it('arrondit à 100 m', () => {
    expect(arrondiKm(12.345)).toBe(12.3);
    expect(arrondiKm(12.35)).toBe(12.4);
  });
});
