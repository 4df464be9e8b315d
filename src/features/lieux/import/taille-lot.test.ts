import { describe, expect, it } from 'vitest';
import { tailleSuivante } from './importer.ts';

describe('taille des lots d’écriture en arrière-plan', () => {
  it('suit la durée du lot précédent : moitié si trop long, double si très court, bornée', () => {
    expect(tailleSuivante(250, 400, 250)).toBe(125);
    expect(tailleSuivante(25, 400, 250)).toBe(20);
    expect(tailleSuivante(20, 400, 250)).toBe(20);
    expect(tailleSuivante(100, 10, 250)).toBe(200);
    expect(tailleSuivante(200, 10, 250)).toBe(250);
    expect(tailleSuivante(100, 50, 250)).toBe(100);
  });
});
