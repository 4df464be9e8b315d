import { describe, expect, it } from 'vitest';
import { parTranches } from './tache.ts';

describe('travail par tranches', () => {
  it('rend la main quand le budget de temps est dépassé, jamais sinon, et traite chaque élément une fois', async () => {
    const vus: number[] = [];
    let pauses = 0;
    const items = Array.from({ length: 1000 }, (_, i) => i);
    await parTranches(
      items,
      (x) => {
        const fin = performance.now() + 0.1;
        while (performance.now() < fin);
        vus.push(x);
      },
      async () => {
        pauses++;
      },
      5,
    );
    expect(vus).toEqual(items);
    // 1,000 × 0.1 ms = 100 ms of work in 5 ms slices: about twenty pauses (checked every 64 items).
    expect(pauses).toBeGreaterThanOrEqual(5);
    let aucune = 0;
    await parTranches(
      items,
      () => {},
      async () => {
        aucune++;
      },
    );
    expect(aucune).toBe(0);
  });
});
