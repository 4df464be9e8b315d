import { describe, expect, it } from 'vitest';
import { centimesDepuisEuros, normaliserNumero, verifierSaisieCheque } from './domain.ts';
import { erreursVersFormulaire, lireChequeFormulaire } from './formulaire.ts';

const cheque = {
  numero: 'APT00001234',
  emetteur: 'APTIC',
  valeurCentimes: 1000,
  valableJusquau: '2025-06-30',
};

describe('règles d’un chèque pass numérique', () => {
  it('normalise le numéro : sans espaces ni tirets, en majuscules', () => {
    expect(normaliserNumero(' apt 0000-1234 ')).toBe('APT00001234');
  });

  it('accepte un chèque valide à la date de l’activité, y compris le dernier jour', () => {
    expect(verifierSaisieCheque(cheque, '2025-06-30')).toEqual({});
  });

  it('refuse un chèque expiré, un numéro hors format, une valeur hors de 1 à 100 €, un émetteur vide', () => {
    expect(verifierSaisieCheque(cheque, '2025-07-01').valableJusquau).toContain('30 juin 2025');
    expect(verifierSaisieCheque({ ...cheque, numero: 'ABC1234' }, '2025-01-01').numero).toContain('8 à 20');
    expect(verifierSaisieCheque({ ...cheque, numero: 'A'.repeat(21) }, '2025-01-01').numero).toBeDefined();
    expect(verifierSaisieCheque({ ...cheque, numero: 'APT-0001/23' }, '2025-01-01').numero).toBeDefined();
    expect(verifierSaisieCheque({ ...cheque, valeurCentimes: 99 }, '2025-01-01').valeur).toBeDefined();
    expect(verifierSaisieCheque({ ...cheque, valeurCentimes: 10_001 }, '2025-01-01').valeur).toBeDefined();
    expect(verifierSaisieCheque({ ...cheque, valeurCentimes: 10_000 }, '2025-01-01').valeur).toBeUndefined();
    expect(verifierSaisieCheque({ ...cheque, emetteur: '' }, '2025-01-01').emetteur).toBeDefined();
    expect(
      verifierSaisieCheque({ ...cheque, valableJusquau: '2025-02-30' }, '2025-01-01').valableJusquau,
    ).toContain('Saisissez');
  });

  it('lit les euros tapés (virgule ou point) en centimes', () => {
    expect(centimesDepuisEuros('10')).toBe(1000);
    expect(centimesDepuisEuros('10,5')).toBe(1050);
    expect(centimesDepuisEuros('12.34 €')).toBe(1234);
    expect(centimesDepuisEuros('dix')).toBeNaN();
    expect(centimesDepuisEuros('1,234')).toBeNaN();
  });
});

describe('lireChequeFormulaire', () => {
  it('aucun champ rempli : pas de chèque, pas d’erreur', () => {
    expect(lireChequeFormulaire({})).toMatchObject({ cheque: null, erreurs: {} });
  });

  it('un chèque complet, date française acceptée', () => {
    const r = lireChequeFormulaire({
      chequeNumero: 'apt 0000 1234',
      chequeEmetteur: '  Conseil   départemental ',
      chequeValeur: '20',
      chequeValableJusquau: '31/12/2025',
    });
    expect(r.cheque).toEqual({
      numero: 'APT00001234',
      emetteur: 'Conseil départemental',
      valeurCentimes: 2000,
      valableJusquau: '2025-12-31',
    });
  });

  it('un chèque incomplet : une erreur par champ manquant, nommée comme le champ du formulaire', () => {
    const r = lireChequeFormulaire({ chequeNumero: 'APT00001234', chequeValableJusquau: '2025-13-01' });
    expect(r.cheque).toBeNull();
    expect(Object.keys(r.erreurs).sort()).toEqual(['chequeEmetteur', 'chequeValableJusquau', 'chequeValeur']);
  });

  it('les erreurs du cas d’usage deviennent celles des champs du formulaire', () => {
    expect(erreursVersFormulaire({ 'cheques.0.numero': 'a', valeur: 'b' })).toEqual({
      chequeNumero: 'a',
      chequeValeur: 'b',
    });
  });
});
