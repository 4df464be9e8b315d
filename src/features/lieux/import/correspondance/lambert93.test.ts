import { describe, expect, it } from 'vitest';
import { lambert93VersWgs84 } from './lambert93.ts';

describe('lambert93VersWgs84', () => {
  it('maps the projection origin to 46.5° N, 3° E', () => {
    const p = lambert93VersWgs84(700000, 6600000);
    expect(p.latitude).toBeCloseTo(46.5, 6);
    expect(p.longitude).toBeCloseTo(3, 6);
  });
  it('places a Maine-et-Loire point in Allonnes (49)', () => {
    const p = lambert93VersWgs84(475198.12, 6692424.5);
    expect(p.latitude).toBeCloseTo(47.3, 1);
    expect(p.longitude).toBeCloseTo(0.02, 1);
  });
  it('places Notre-Dame de Paris', () => {
    const p = lambert93VersWgs84(652469, 6862035);
    expect(p.latitude).toBeCloseTo(48.8566, 3);
    expect(p.longitude).toBeCloseTo(2.3522, 3);
  });
});
