import { describe, expect, it } from 'vitest';
import { CacheLocalisation } from './cache-localisation.ts';
import { IndexLieux } from './index-memoire.ts';
import type { Localisation } from './localiser.ts';

const LAON: Localisation = { type: 'point', latitude: 49.56, longitude: 3.62, libelle: 'Laon (02000)' };

function compteur(resultat: Localisation = LAON) {
  const appel = { n: 0 };
  const calculer = async () => {
    appel.n++;
    return resultat;
  };
  return { appel, calculer };
}

describe('cache des localisations de la recherche publique', () => {
  it('une même commune n’est cherchée qu’une fois, quelle que soit la casse', async () => {
    const cache = new CacheLocalisation();
    const index = new IndexLieux([]);
    const { appel, calculer } = compteur();
    expect(await cache.obtenir(index, { texte: 'Laon' }, calculer)).toEqual(LAON);
    expect(await cache.obtenir(index, { texte: ' laon ' }, calculer)).toEqual(LAON);
    expect(appel.n).toBe(1);
    await cache.obtenir(index, { texte: 'Laon', communeCode: '02408' }, calculer);
    expect(appel.n).toBe(2);
  });

  it('expire au bout de dix minutes et repart d’un index neuf', async () => {
    let t = 0;
    const cache = new CacheLocalisation(() => t);
    const index = new IndexLieux([]);
    const { appel, calculer } = compteur();
    await cache.obtenir(index, { texte: 'Laon' }, calculer);
    t = 9 * 60_000;
    await cache.obtenir(index, { texte: 'Laon' }, calculer);
    expect(appel.n).toBe(1);
    t = 11 * 60_000;
    await cache.obtenir(index, { texte: 'Laon' }, calculer);
    expect(appel.n).toBe(2);
    await cache.obtenir(new IndexLieux([]), { texte: 'Laon' }, calculer);
    expect(appel.n).toBe(3);
  });

  it('ne garde que les 2 000 plus récentes et jamais un échec ni une position', async () => {
    const cache = new CacheLocalisation();
    const index = new IndexLieux([]);
    const { appel, calculer } = compteur();
    for (let i = 0; i <= 2000; i++) await cache.obtenir(index, { texte: `commune ${i}` }, calculer);
    expect(appel.n).toBe(2001);
    await cache.obtenir(index, { texte: 'commune 2000' }, calculer);
    expect(appel.n).toBe(2001);
    await cache.obtenir(index, { texte: 'commune 0' }, calculer);
    expect(appel.n).toBe(2002);

    let echecs = 0;
    const echoue = () => {
      echecs++;
      return Promise.reject(new Error('base indisponible'));
    };
    await expect(cache.obtenir(index, { texte: 'Soissons' }, echoue)).rejects.toThrow();
    await expect(cache.obtenir(index, { texte: 'Soissons' }, echoue)).rejects.toThrow();
    expect(echecs).toBe(2);

    const position = { position: { latitude: 49.5, longitude: 3.6 } };
    await cache.obtenir(index, position, calculer);
    await cache.obtenir(index, position, calculer);
    expect(appel.n).toBe(2004);
  });
});
