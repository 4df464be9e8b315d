import { describe, expect, it } from 'vitest';
import type { AdresseTrouvee } from './geocodeur.ts';
import { csvDemandeLot, lireReponseLot, lireReponseRecherche } from './reponse-ban.ts';
import {
  adressesAProposer,
  choisirAdresse,
  communeDeRattachement,
  precisionDe,
  ressembleAUneAdresse,
  texteAdresseInvalide,
} from './selection.ts';

const adresse = (o: Partial<AdresseTrouvee>): AdresseTrouvee => ({
  label: '2 Rue Sérurier 02000 Laon',
  nom: '2 Rue Sérurier',
  latitude: 49.5652,
  longitude: 3.6158,
  score: 0.9,
  type: 'housenumber',
  codePostal: '02000',
  codeInsee: '02408',
  commune: 'Laon',
  ...o,
});

describe('choix du résultat du géocodage', () => {
  it('garde le meilleur score de la commune attendue, au-dessus du seuil', () => {
    const a = adresse({ score: 0.7 });
    const b = adresse({ score: 0.95, codeInsee: '80021' });
    const c = adresse({ score: 0.8, nom: '12 Rue Sérurier' });
    expect(choisirAdresse([a, b, c], { codeInsee: '02408' })?.nom).toBe('12 Rue Sérurier');
    expect(choisirAdresse([a, b, c])?.codeInsee).toBe('80021');
  });
  it('refuse un score faible et un résultat « commune » (pas mieux que le centre)', () => {
    expect(choisirAdresse([adresse({ score: 0.4 })])).toBeNull();
    expect(choisirAdresse([adresse({ type: 'municipality', score: 0.99 })])).toBeNull();
    expect(choisirAdresse([])).toBeNull();
  });
  it('rattache les arrondissements de Paris, Lyon et Marseille à leur commune', () => {
    expect(communeDeRattachement('75107')).toBe('75056');
    expect(communeDeRattachement('69383')).toBe('69123');
    expect(communeDeRattachement('13216')).toBe('13055');
    expect(communeDeRattachement('02408')).toBe('02408');
    expect(choisirAdresse([adresse({ codeInsee: '75107' })], { codeInsee: '75056' })).not.toBeNull();
  });
  it('propose d’abord les adresses de la commune attendue, sinon les autres', () => {
    const ici = adresse({});
    const ailleurs = adresse({ codeInsee: '80021' });
    expect(adressesAProposer([ailleurs, ici], { codeInsee: '02408' })).toEqual([ici]);
    expect(adressesAProposer([ailleurs], { codeInsee: '02408' })).toEqual([ailleurs]);
    expect(adressesAProposer([adresse({ type: 'municipality' })])).toEqual([]);
  });
  it('donne la précision de chaque type', () => {
    expect(precisionDe('housenumber')).toBe('adresse');
    expect(precisionDe('street')).toBe('rue');
    expect(precisionDe('locality')).toBe('lieu_dit');
    expect(precisionDe('municipality')).toBe('commune');
  });
  it('refuse en français un texte vide, trop long ou avec des caractères de contrôle', () => {
    expect(texteAdresseInvalide('ab')).toMatch(/au moins 3 caractères/);
    expect(texteAdresseInvalide('a'.repeat(201))).toMatch(/trop longue/);
    expect(texteAdresseInvalide('20 rue\u0000 x')).toMatch(/caractères de contrôle/);
    expect(texteAdresseInvalide('20 avenue de Ségur')).toBeNull();
  });
});

describe('lecture des réponses de la BAN', () => {
  it('lit une FeatureCollection et écarte les éléments mal formés', () => {
    const r = lireReponseRecherche({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [2.3085, 48.8497] },
          properties: {
            label: '20 Avenue de Ségur 75007 Paris',
            score: 0.83,
            housenumber: '20',
            name: '20 Avenue de Ségur',
            postcode: '75007',
            citycode: '75107',
            city: 'Paris',
            type: 'housenumber',
            street: 'Avenue de Ségur',
          },
        },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [999, 48] }, properties: {} },
        { type: 'Feature', properties: { label: 'x', score: 1, type: 'street' } },
        'n’importe quoi',
      ],
    });
    expect(r).toEqual([
      {
        label: '20 Avenue de Ségur 75007 Paris',
        nom: '20 Avenue de Ségur',
        latitude: 48.8497,
        longitude: 2.3085,
        score: 0.83,
        type: 'housenumber',
        codePostal: '75007',
        codeInsee: '75107',
        commune: 'Paris',
      },
    ]);
    expect(lireReponseRecherche('<html>')).toBeNull();
    expect(lireReponseRecherche({ type: 'FeatureCollection' })).toBeNull();
  });
  it('écrit le CSV d’un lot (guillemets, retours à la ligne) et lit la réponse', () => {
    expect(csvDemandeLot([{ id: 'a', adresse: '2 rue "X"\nbis', codeInsee: '02408' }])).toBe(
      'id,adresse,code_insee,code_postal\n"a","2 rue ""X"" bis","02408",""',
    );
    const r = lireReponseLot(
      'id,adresse,latitude,longitude,result_label,result_score,result_type,result_name,result_citycode\n' +
        'a,2 rue Sérurier,49.5652,3.6158,2 Rue Sérurier 02000 Laon,0.9,housenumber,2 Rue Sérurier,02408\n' +
        'b,nulle part,,,,,,,\n',
    );
    expect(r?.get('a')?.latitude).toBe(49.5652);
    expect(r?.get('a')?.type).toBe('housenumber');
    expect(r?.get('b')).toBeNull();
  });
});

describe('une recherche est-elle une adresse ?', () => {
  it.each([
    ['20 avenue de Ségur Paris', true],
    ['20 avenue de Ségur, 75007 Paris', true],
    ['12 bis rue Sérurier Laon', true],
    ['rue de la Gare Laon', true],
    ['Avenue de Ségur', true],
    ['Laon', false],
    ['02000', false],
    ['Saint-Quentin', false],
    ['Médiathèque Suzanne Martinet', false],
    ['Espace numérique', false],
    ['75007', false],
  ])('%s → %s', (texte, attendu) => {
    expect(ressembleAUneAdresse(texte)).toBe(attendu);
  });
});
