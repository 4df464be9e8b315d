import { describe, expect, it } from 'vitest';
import { STATUTS_OCCUPANT_POSTE } from '../../domain/types.ts';
import { cumuler, STATUTS_RECRUTE_VALIDE, STATUTS_RECRUTEMENT_ENREGISTRE } from './chiffres.ts';

describe('définitions des chiffres', () => {
  it('les recrutements enregistrés sont exactement ceux qui occupent un poste (le quota compte les mêmes)', () => {
    expect([...STATUTS_RECRUTEMENT_ENREGISTRE].sort()).toEqual([...STATUTS_OCCUPANT_POSTE].sort());
  });

  it('un recruté (validé) est un recrutement enregistré que l’ANCT a validé', () => {
    for (const s of STATUTS_RECRUTE_VALIDE) expect(STATUTS_RECRUTEMENT_ENREGISTRE).toContain(s);
    expect(STATUTS_RECRUTE_VALIDE).not.toContain('recrutee');
    expect(STATUTS_RECRUTE_VALIDE).not.toContain('a_confirmer');
  });

  it('la série cumulée finit sur le total', () => {
    expect(cumuler([1, 0, 2, 3])).toEqual([1, 1, 3, 6]);
  });
});
