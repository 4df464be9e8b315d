import { describe, expect, it } from 'vitest';
import { jetonAnnulation, lireJeton } from '../jeton.ts';
import {
  aPromouvoir,
  heureParis,
  instantParis,
  occurrences,
  placesRestantes,
  valeursVides,
  verifierAtelier,
} from './atelier.ts';
import { calendrier } from './calendrier.ts';
import { verifierInscription } from './inscription.ts';

const LIEU = '00000000-0000-4000-8000-0000000000aa';

describe('places et liste d’attente', () => {
  it('compte les places restantes et les personnes à promouvoir', () => {
    expect(placesRestantes(10, 3)).toBe(7);
    expect(placesRestantes(2, 5)).toBe(0);
    expect(aPromouvoir(5, 3, 4)).toBe(2);
    expect(aPromouvoir(5, 5, 4)).toBe(0);
    expect(aPromouvoir(10, 3, 1)).toBe(1);
  });
});

describe('heures de Paris', () => {
  it('convertit l’heure d’hiver et l’heure d’été', () => {
    expect(instantParis('2027-01-12', '14:00').toISOString()).toBe('2027-01-12T13:00:00.000Z');
    expect(instantParis('2027-07-12', '14:00').toISOString()).toBe('2027-07-12T12:00:00.000Z');
    expect(heureParis(new Date('2027-07-12T12:00:00Z'))).toEqual({ date: '2027-07-12', heure: '14:00' });
  });
  it('une série toutes les deux semaines', () => {
    expect(occurrences('2027-01-05', 2, '2027-02-02')).toEqual(['2027-01-05', '2027-01-19', '2027-02-02']);
  });
});

describe('règles de publication', () => {
  const base = {
    ...valeursVides(),
    titre: 'Atelier',
    thematiques: ['email'],
    lieuId: LIEU,
    date: '2027-01-12',
  };
  const maintenant = new Date('2027-01-01T00:00:00Z');
  it('accepte un atelier valide', () => {
    const r = verifierAtelier(base, { maintenant, lieux: [LIEU], serie: true });
    expect(r.ok && r.saisie.capacite).toBe(10);
  });
  it('refuse un lieu d’une autre structure, une thématique inconnue, une série trop longue', () => {
    const r = verifierAtelier(
      { ...base, lieuId: 'autre', thematiques: ['inconnue'], repetition: '1', jusquAu: '2029-01-01' },
      { maintenant, lieux: [LIEU], serie: true },
    );
    expect(!r.ok && r.erreurs).toEqual({
      lieuId: 'Choisissez un des lieux de votre structure.',
      thematiques: 'Une thématique choisie n’existe pas.',
      jusquAu: 'Une série compte au plus 52 séances.',
    });
  });
});

describe('inscription', () => {
  it('demande une adresse ou un téléphone, l’accord, et normalise', () => {
    const vide = verifierInscription({
      prenom: 'A',
      nom: 'B',
      courriel: '',
      telephone: '',
      consentement: false,
    });
    expect(!vide.ok && Object.keys(vide.erreurs)).toEqual(['courriel', 'consentement']);
    const ok = verifierInscription({
      prenom: ' A ',
      nom: 'B',
      courriel: ' X@Exemple.FR ',
      telephone: '06 12 34 56 78',
      consentement: true,
    });
    expect(ok.ok && ok.saisie).toEqual({
      prenom: 'A',
      nom: 'B',
      courriel: 'x@exemple.fr',
      telephone: '0612345678',
    });
  });
});

describe('lien d’annulation signé', () => {
  it('relit son jeton, refuse un jeton modifié ou d’un autre secret', () => {
    const id = '11111111-1111-4111-8111-111111111111';
    const j = jetonAnnulation('secret', id);
    expect(lireJeton('secret', j)).toBe(id);
    expect(lireJeton('autre', j)).toBeNull();
    expect(lireJeton('secret', `${j.slice(0, -1)}A`)).toBeNull();
    expect(lireJeton('secret', `22222222-2222-4222-8222-222222222222.${j.split('.')[1]}`)).toBeNull();
  });
});

describe('calendrier iCalendar', () => {
  it('un événement par atelier, annulé marqué CANCELLED', () => {
    const ics = calendrier(
      [
        {
          id: 'a1',
          titre: 'Atelier e-mail',
          description: '',
          lieu: 'Médiathèque, 1 rue, 02000 Laon',
          latitude: 49.56,
          longitude: 3.62,
          debut: new Date('2027-01-12T13:00:00Z'),
          fin: new Date('2027-01-12T15:00:00Z'),
          annule: true,
          url: 'https://exemple.fr/ateliers/a1',
          modifieLe: new Date('2027-01-01T00:00:00Z'),
        },
      ],
      'Ateliers',
    );
    expect(ics).toContain('UID:atelier-a1@maillage');
    expect(ics).toContain('DTSTART:20270112T130000Z');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SUMMARY:Annulé : Atelier e-mail');
    expect(calendrier([], 'Vide')).toContain('END:VCALENDAR');
  });
});
