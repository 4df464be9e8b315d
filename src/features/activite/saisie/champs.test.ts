import { describe, expect, it } from 'vitest';
import { dateIso, duree, entier, erreursVersChamps, lieu, RENOMMAGE_COMMUN } from './champs.ts';
import { dureeEnFrancais } from './presenter.ts';

describe('lecture des champs d’une activité', () => {
  it('lit une date française ou ISO, garde le reste pour que les règles la refusent', () => {
    expect(dateIso('7/3/2025')).toBe('2025-03-07');
    expect(dateIso(' 2025-03-14 ')).toBe('2025-03-14');
    expect(dateIso('hier')).toBe('hier');
  });

  it('lit la durée proposée ou l’autre durée ; un texte n’est pas un nombre', () => {
    expect(duree({ duree: '45', dureeAutre: '12' })).toBe(45);
    expect(duree({ duree: 'autre', dureeAutre: ' 75 ' })).toBe(75);
    expect(duree({ duree: 'autre', dureeAutre: '1e3' })).toBeNaN();
    expect(entier('-3')).toBeNaN();
    expect(entier('9999999')).toBeNaN();
  });

  it('lit le lieu : un lieu de la structure ou un type de lieu', () => {
    expect(lieu({ ou: 'lieu:abc' })).toEqual({ typeLieu: 'lieu_activite', lieuId: 'abc' });
    expect(lieu({ ou: 'lieu:' })).toEqual({ typeLieu: 'lieu_activite', lieuId: null });
    expect(lieu({ ou: 'domicile' })).toEqual({ typeLieu: 'domicile', lieuId: null });
  });

  it('place chaque message du cas d’usage sur le champ du formulaire', () => {
    expect(
      erreursVersChamps(
        { dureeMinutes: 'a', lieuId: 'b', typeLieu: 'c', 'beneficiaire.prenom': 'd', participants: 'e' },
        { ...RENOMMAGE_COMMUN, participants: 'qui' },
      ),
    ).toEqual({ duree: 'a', ou: 'b', prenom: 'd', qui: 'e' });
  });

  it('écrit une durée en français', () => {
    expect(dureeEnFrancais(45)).toBe('45 min');
    expect(dureeEnFrancais(60)).toBe('1 h');
    expect(dureeEnFrancais(90)).toBe('1 h 30');
    expect(dureeEnFrancais(125)).toBe('2 h 05');
  });
});
