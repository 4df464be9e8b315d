import { describe, expect, it } from 'vitest';
import { categorieEmployeur } from '../../../structures/domain/types.ts';
import { PARAMETRES_2021 } from '../../domain/parametres.ts';
import { calculerConvention, numeroConvention } from './convention.ts';

describe('convention de financement', () => {
  it('montant = postes × financement par poste de la catégorie d’employeur', () => {
    const commune = calculerConvention(PARAMETRES_2021, categorieEmployeur('COMMUNE'), 2, 24);
    expect(commune.ok && commune.value).toEqual({
      postes: 2,
      financementParPosteEur: 50_000,
      montantEur: 100_000,
      dureeMois: 24,
    });
    const asso = calculerConvention(PARAMETRES_2021, categorieEmployeur('ASSOCIATION'), 3, 36);
    expect(asso.ok && asso.value.montantEur).toBe(120_000);
  });

  it('refuse une durée hors programme ou une convention sans poste', () => {
    const d = calculerConvention(PARAMETRES_2021, 'public', 1, 12);
    expect(!d.ok && d.error.message).toBe(
      'La durée doit être l’une des durées du programme : 24 ou 36 mois.',
    );
    expect(calculerConvention(PARAMETRES_2021, 'public', 0, 24).ok).toBe(false);
  });

  it('numérote les conventions', () => {
    expect(numeroConvention(2021, 42)).toBe('CNFS-2021-000042');
  });
});
