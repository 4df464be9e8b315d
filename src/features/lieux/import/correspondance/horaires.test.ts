import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { joursVersOsm, plagesDuJour, texteVersOsm } from './horaires.ts';

function valideOsm(osm: string): boolean {
  try {
    new OpeningHours(osm, null, 0);
    return true;
  } catch {
    return false;
  }
}

describe('plagesDuJour', () => {
  it.each([
    [
      '09:00 - 12:00 / 13:30 - 17:00',
      [
        { debut: 540, fin: 720 },
        { debut: 810, fin: 1020 },
      ],
    ],
    [
      'de 09h00 à 12h30 de 13h30 à 17h00',
      [
        { debut: 540, fin: 750 },
        { debut: 810, fin: 1020 },
      ],
    ],
    [
      '9h-12h et 14h-17h',
      [
        { debut: 540, fin: 720 },
        { debut: 840, fin: 1020 },
      ],
    ],
    ['9 h - 14 h', [{ debut: 540, fin: 840 }]],
    ['9 h 30 - 12 h', [{ debut: 570, fin: 720 }]],
    [
      '10h-12h 15h-18h',
      [
        { debut: 600, fin: 720 },
        { debut: 900, fin: 1080 },
      ],
    ],
    [
      '8h30/12h 13h30/18h',
      [
        { debut: 510, fin: 720 },
        { debut: 810, fin: 1080 },
      ],
    ],
    ['13:30 - 17:00', [{ debut: 810, fin: 1020 }]],
    ['Fermé', []],
    ['-', []],
    ['', []],
  ])('%s', (texte, attendu) => {
    expect(plagesDuJour(texte)).toEqual(attendu);
  });
  it('refuses an odd number of times or a closed day with times', () => {
    expect(plagesDuJour('9h - 12h / 14h')).toBeNull();
    expect(plagesDuJour('fermé le matin, 14h-17h')).toBeNull();
  });
});

describe('joursVersOsm', () => {
  it('groups consecutive identical days (France Services list)', () => {
    const r = joursVersOsm([
      '09:00 - 12:00 / 13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 17:00',
      '09:00 - 12:00 / 13:30 - 16:00',
      '09:00 - 12:00',
      null,
    ]);
    expect(r.osm).toBe('Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00,13:30-16:00; Sa 09:00-12:00');
    expect(valideOsm(r.osm as string)).toBe(true);
  });
  it('writes two days as a list and skips closed days', () => {
    expect(joursVersOsm(['14h-18h', '14h-18h', null, '10h-12h']).osm).toBe(
      'Mo,Tu 14:00-18:00; Th 10:00-12:00',
    );
  });
  it('reports unreadable days instead of guessing', () => {
    expect(joursVersOsm(['sur rendez-vous']).illisibles).toEqual(['sur rendez-vous']);
  });
});

describe('texteVersOsm', () => {
  it.each([
    ['Les lundi, mardi, jeudi et vendredi de 09h00 à 17h00', 'Mo,Tu 09:00-17:00; Th,Fr 09:00-17:00'],
    [
      'mardi 13:30-19:00\nmercredi 10:00-12:00 13:30-18:00\njeudi 13:30-18:00\nvendredi 13:30-18:00\nsamedi 10:00-18:00',
      'Tu 13:30-19:00; We 10:00-12:00,13:30-18:00; Th,Fr 13:30-18:00; Sa 10:00-18:00',
    ],
    ['Du lundi au vendredi de 9h à 12h et de 14h à 17h', 'Mo-Fr 09:00-12:00,14:00-17:00'],
    ['Lundi - vendredi : 8h30-12h / 13h30-17h. Samedi fermé', 'Mo-Fr 08:30-12:00,13:30-17:00'],
    ['Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00', 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00'],
    ['9h-12h et 14h-17h du lundi au vendredi', 'Mo-Fr 09:00-12:00,14:00-17:00'],
    [
      'Lundi et Jeudi : 14h à 18h Mardi et Vendredi : 9h à 12h30 et 14h à 18h',
      'Mo 14:00-18:00; Tu 09:00-12:30,14:00-18:00; Th 14:00-18:00; Fr 09:00-12:30,14:00-18:00',
    ],
    [
      'Lundi au vendredi, 9h à 12h30 et 13h30 à 17h30 (17h00 pendant les vacances scolaires)',
      'Mo-Fr 09:00-12:30,13:30-17:30',
    ],
  ])('%s', (texte, attendu) => {
    const osm = texteVersOsm(texte);
    expect(osm).toBe(attendu);
    expect(valideOsm(osm as string)).toBe(true);
  });
  it.each(['Lundi - samedi', 'sur rendez-vous', '9h-12h', ''])('gives up on "%s"', (texte) => {
    expect(texteVersOsm(texte)).toBeNull();
  });
});
