import { describe, expect, it } from 'vitest';
import { analyserHoraires } from './horaires.ts';
import {
  nomChampHoraire,
  osmVersSemaine,
  type SemaineSaisie,
  semaineVersOsm,
  semaineVide,
} from './horaires-editeur.ts';

const ctx = { departementCode: '02' };

function semaine(
  jours: Record<number, [string, string, string?, string?]>,
  fermeJoursFeries = false,
): SemaineSaisie {
  const s = semaineVide();
  s.fermeJoursFeries = fermeJoursFeries;
  for (const [i, [md, mf, ad, af]] of Object.entries(jours)) {
    s.jours[Number(i)] = { matin: { debut: md, fin: mf }, apresmidi: { debut: ad ?? '', fin: af ?? '' } };
  }
  return s;
}

describe('éditeur d’horaires : tableau → syntaxe OSM', () => {
  it('regroupe les jours identiques et consécutifs', () => {
    const r = semaineVersOsm(
      semaine({
        0: ['09:00', '12:00', '14:00', '17:30'],
        1: ['09:00', '12:00', '14:00', '17:30'],
        2: ['09:00', '12:00', '14:00', '17:30'],
        3: ['09:00', '12:00', '14:00', '17:30'],
        4: ['09:00', '12:00', '14:00', '17:30'],
        5: ['9h00', '12h00'],
      }),
    );
    expect(r).toEqual({ ok: true, horaires: 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00' });
  });

  it('jours non consécutifs, après-midi seul, fermé les jours fériés', () => {
    const r = semaineVersOsm(
      semaine({ 0: ['09:00', '12:00'], 2: ['09:00', '12:00'], 3: ['', '', '14:00', '18:00'] }, true),
    );
    expect(r).toEqual({ ok: true, horaires: 'Mo,We 09:00-12:00; Th 14:00-18:00; PH off' });
    expect(analyserHoraires((r as { horaires: string }).horaires, ctx)!.valide).toBe(true);
  });

  it('tout fermé : pas d’horaires', () => {
    expect(semaineVersOsm(semaineVide())).toEqual({ ok: true, horaires: null });
  });

  it('erreurs par champ, en français', () => {
    const r = semaineVersOsm(semaine({ 1: ['9 heures', '12:00', '11:00', '17:00'], 2: ['14:00', '12:00'] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreurs[nomChampHoraire(1, 'matin', 'debut')]).toMatch(
      /Mardi matin : heure d’ouverture attendue/,
    );
    expect(r.erreurs[nomChampHoraire(2, 'matin', 'fin')]).toMatch(/la fermeture doit suivre l’ouverture/);
    const r2 = semaineVersOsm(semaine({ 1: ['09:00', '12:00', '11:00', '17:00'] }));
    expect(r2.ok ? null : r2.erreurs[nomChampHoraire(1, 'apresmidi', 'debut')]).toMatch(
      /après la fin de la matinée/,
    );
  });
});

describe('éditeur d’horaires : syntaxe OSM → tableau', () => {
  it('aller-retour', () => {
    const s = osmVersSemaine('Mo-Fr 09:00-12:00,14:00-17:30; Sa 14:00-16:00; PH off', ctx)!;
    expect(s.jours[0]).toEqual({
      matin: { debut: '09:00', fin: '12:00' },
      apresmidi: { debut: '14:00', fin: '17:30' },
    });
    expect(s.jours[5]).toEqual({
      matin: { debut: '', fin: '' },
      apresmidi: { debut: '14:00', fin: '16:00' },
    });
    expect(s.fermeJoursFeries).toBe(true);
    expect(semaineVersOsm(s)).toEqual({
      ok: true,
      horaires: 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 14:00-16:00; PH off',
    });
  });

  it('trop complexe pour le tableau : null (saisie libre)', () => {
    expect(osmVersSemaine('Fr 22:00-02:00', ctx)).toBeNull();
    expect(osmVersSemaine('Mo 08:00-10:00,11:00-12:00,14:00-16:00', ctx)).toBeNull();
    expect(osmVersSemaine('Mo-Fr 09:00-12:00 "sur rendez-vous"', ctx)).toBeNull();
    expect(osmVersSemaine('Oct-Mar Mo-Fr 09:00-17:00; Apr-Sep Mo-Fr 08:00-18:00', ctx)).toBeNull();
    expect(osmVersSemaine('n’importe quoi', ctx)).toBeNull();
    expect(osmVersSemaine('PH 10:00-12:00; Mo 09:00-12:00', ctx)).toBeNull();
  });

  it('absent : tableau vide', () => {
    expect(osmVersSemaine(null, ctx)).toEqual(semaineVide());
  });
});
