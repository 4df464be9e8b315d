import { describe, expect, it } from 'vitest';
import { aujourdhuiAParis, estAActualiser, limiteFraicheur, moisEcoules } from './fraicheur.ts';

describe('fraîcheur des lieux (6 mois)', () => {
  it('limite : six mois calendaires avant, fin de mois respectée', () => {
    expect(limiteFraicheur('2024-10-08')).toBe('2024-04-08');
    expect(limiteFraicheur('2024-03-15')).toBe('2023-09-15');
    expect(limiteFraicheur('2024-08-31')).toBe('2024-02-29');
  });
  it('à actualiser au-delà de six mois seulement', () => {
    expect(estAActualiser('2024-04-07', '2024-10-08')).toBe(true);
    expect(estAActualiser('2024-04-08', '2024-10-08')).toBe(false);
    expect(estAActualiser('2024-10-01', '2024-10-08')).toBe(false);
  });
  it('mois écoulés', () => {
    expect(moisEcoules('2024-02-10', '2024-10-08')).toBe(7);
    expect(moisEcoules('2024-02-08', '2024-10-08')).toBe(8);
  });
  it('la date du jour est celle de Paris', () => {
    expect(aujourdhuiAParis(new Date('2024-10-08T22:30:00Z'))).toBe('2024-10-09');
    expect(aujourdhuiAParis(new Date('2024-10-08T21:30:00Z'))).toBe('2024-10-08');
  });
});
