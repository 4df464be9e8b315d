import { describe, expect, it } from 'vitest';
import { calculerCouverture, plusProchesExhaustifs, plusProchesIndexes } from './calcul.ts';
import { communesSynthetiques, lieuxSynthetiques } from './synthetique.ts';

describe('calculerCouverture', () => {
  it('donne exactement les mêmes distances et populations avec l’index qu’en comparant toutes les paires', () => {
    for (const graine of [3, 7, 11]) {
      const communes = communesSynthetiques(400, graine);
      const lieux = lieuxSynthetiques(150, graine + 100);
      const indexe = calculerCouverture(communes, lieux, plusProchesIndexes);
      const exhaustif = calculerCouverture(communes, lieux, plusProchesExhaustifs);
      expect(indexe).toEqual(exhaustif);
      expect(indexe.communes.some((c) => c.distances.aidants_connect !== null)).toBe(true);
    }
  });

  it('mesure la distance au lieu le plus proche de chaque genre, et rien sans centre ni lieu du genre', () => {
    const r = calculerCouverture(
      [
        { code: '02408', departementCode: '02', population: 25_000, latitude: 49.5641, longitude: 3.62 },
        { code: '02001', departementCode: '02', population: 300, latitude: null, longitude: null },
        { code: '80021', departementCode: '80', population: 130_000, latitude: 49.8941, longitude: 2.2958 },
      ],
      [
        // Laon itself, and a France Services in Amiens.
        { departementCode: '02', latitude: 49.5641, longitude: 3.62, genres: ['mediation'] },
        {
          departementCode: '80',
          latitude: 49.8941,
          longitude: 2.2958,
          genres: ['mediation', 'france_services'],
        },
      ],
    );
    const [laon, sansCentre, amiens] = r.communes;
    expect(laon?.distances.mediation).toBe(0);
    expect(laon?.distances.france_services).toBeGreaterThan(95);
    expect(laon?.distances.france_services).toBeLessThan(105);
    expect(laon?.distances.aidants_connect).toBeNull();
    expect(sansCentre?.distances.mediation).toBeNull();
    expect(amiens?.distances.france_services).toBe(0);

    const [fr, aisne, somme] = r.territoires;
    expect(fr?.territoire).toBe('FR');
    expect(fr?.population).toBe(155_300);
    expect(fr?.populationSansCentre).toBe(300);
    expect(fr?.parGenre.mediation.populationA[5]).toBe(155_000);
    expect(fr?.parGenre.france_services.populationA[30]).toBe(130_000);
    expect(fr?.parGenre.france_services.lieux).toBe(1);
    expect(aisne).toMatchObject({ territoire: '02', communes: 2, communesSansCentre: 1, population: 25_300 });
    expect(aisne?.parGenre.france_services.populationA[30]).toBe(0);
    expect(aisne?.parGenre.mediation.lieux).toBe(1);
    expect(somme?.parGenre.france_services.populationA[5]).toBe(130_000);
  });
});
