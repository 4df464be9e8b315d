import { describe, expect, it } from 'vitest';
import { adresse, dateFr, dateHeureFr, de, elider, joindre } from './typographie.ts';

describe('typographie française', () => {
  it('écrit « 1er » pour le premier du mois, sans décaler une date calendaire', () => {
    expect(dateFr('2021-03-01')).toBe('1er mars 2021');
    expect(dateFr('2021-02-19')).toBe('19 février 2021');
    expect(dateFr('2021-08-01T23:30:00Z')).toBe('1er août 2021');
    // An instant is read in Paris: 23:30 UTC on 31 March is already 1 April there.
    expect(dateFr(new Date('2021-03-31T23:30:00Z'))).toBe('1er avril 2021');
    expect(dateHeureFr(new Date('2021-04-01T08:05:00Z'))).toBe('1er avril 2021 à 10:05');
    expect(dateHeureFr(new Date('2021-04-01T08:05:00Z'), { jourSemaine: true })).toBe(
      'jeudi 1er avril 2021 à 10:05',
    );
    expect(dateFr(null)).toBe('—');
    expect(dateFr('pas une date')).toBe('pas une date');
  });

  it('élide « de » devant une voyelle, pas devant une consonne ni un h', () => {
    expect(de('Inès Recrutée')).toBe('d’Inès Recrutée');
    expect(de('Émile')).toBe('d’Émile');
    expect(de('Amiens')).toBe('d’Amiens');
    expect(de('Laon')).toBe('de Laon');
    expect(de('Hirson')).toBe('de Hirson');
    expect(elider('que', 'Inès')).toBe('qu’Inès');
    expect(elider('le', 'ANCT')).toBe('l’ANCT');
    expect(elider('la', 'préfecture')).toBe('la préfecture');
  });

  it('joint les parties sans « — — » quand l’une manque', () => {
    expect(joindre(['Jeanne Martin', '—', null, '03 23 00 00 00'])).toBe('Jeanne Martin — 03 23 00 00 00');
    expect(joindre(['', undefined, false])).toBe('');
    expect(joindre(['02000', 'Laon'], ' ')).toBe('02000 Laon');
  });

  it('écrit une adresse sans répéter la commune', () => {
    expect(adresse({ ligne: '20 rue de la Gare', codePostal: '02000', commune: 'Laon' })).toBe(
      '20 rue de la Gare, 02000 Laon',
    );
    expect(adresse({ ligne: '20 rue de la Gare 02000 Laon', codePostal: '02000', commune: 'Laon' })).toBe(
      '20 rue de la Gare 02000 Laon',
    );
    expect(adresse({ ligne: '20 rue de la Gare, Laon', codePostal: '02000', commune: 'Laon' })).toBe(
      '20 rue de la Gare, 02000 Laon',
    );
    expect(adresse({ ligne: '1 place de l’Hôtel de Ville, SAINT-QUENTIN', commune: 'Saint-Quentin' })).toBe(
      '1 place de l’Hôtel de Ville, SAINT-QUENTIN',
    );
    expect(adresse({ ligne: '', codePostal: '02000', commune: 'Laon' })).toBe('02000 Laon');
    expect(adresse({ ligne: null, commune: null })).toBeNull();
  });
});
