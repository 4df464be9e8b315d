import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demarrerFauxBan, type FauxBan } from '../../../tests/support/faux-ban.ts';
import { geocodeurBan } from './ban.ts';
import { geocodeurDesactive } from './geocodeur.ts';
import { geocodeurPour } from './index.ts';

let ban: FauxBan;
beforeAll(async () => {
  ban = await demarrerFauxBan();
});
afterAll(() => ban.close());
beforeEach(() => {
  ban.mode = 'normal';
  ban.requetes.length = 0;
});

describe('adaptateur BAN (serveur local au même format)', () => {
  it('cherche une adresse et lit la FeatureCollection', async () => {
    const g = geocodeurBan({ url: ban.url, delaiMs: 1000 });
    const r = await g.rechercher({ q: '20 avenue de Ségur Paris', limite: 3 });
    expect(r.ok && r.adresses[0]).toMatchObject({
      nom: '20 Avenue de Ségur',
      codeInsee: '75107',
      latitude: 48.8497,
    });
    expect(ban.requetes[0]).toMatch(
      /^\/search\/\?q=20\+avenue\+de\+S%C3%A9gur\+Paris&limit=3&autocomplete=0$/,
    );
  });
  it('filtre par commune, sauf Paris, Lyon et Marseille (la BAN n’y connaît que les arrondissements)', async () => {
    const g = geocodeurBan({ url: ban.url, delaiMs: 1000 });
    await g.rechercher({ q: 'rue de la gare', codeInsee: '02408' });
    await g.rechercher({ q: 'avenue de ségur', codeInsee: '75056' });
    expect(ban.requetes[0]).toContain('citycode=02408');
    expect(ban.requetes[1]).not.toContain('citycode');
  });
  it('répond « indisponible » sans exception : panne (après un nouvel essai), lenteur, corps illisible', async () => {
    const g = geocodeurBan({ url: ban.url, delaiMs: 300, essais: 1, pauseMs: 10 });
    ban.mode = 'panne';
    expect(await g.rechercher({ q: 'rue de la gare' })).toEqual({ ok: false, raison: 'indisponible' });
    expect(ban.requetes).toHaveLength(2);
    ban.mode = 'invalide';
    expect(await g.rechercher({ q: 'rue de la gare' })).toEqual({ ok: false, raison: 'indisponible' });
    ban.mode = 'lent';
    ban.lenteurMs = 2000;
    const debut = Date.now();
    expect(await g.rechercher({ q: 'rue de la gare' })).toEqual({ ok: false, raison: 'indisponible' });
    expect(Date.now() - debut).toBeLessThan(1500);
  });
  it('répond « indisponible » quand rien n’écoute', async () => {
    const g = geocodeurBan({ url: 'http://127.0.0.1:9', delaiMs: 300, essais: 0 });
    expect(await g.rechercher({ q: 'rue de la gare' })).toEqual({ ok: false, raison: 'indisponible' });
  });
  it('géocode un lot par le point CSV', async () => {
    const g = geocodeurBan({ url: ban.url, delaiMs: 1000 });
    const r = await g.geocoderLot([
      { id: 'a', adresse: '12 rue Sérurier', codeInsee: '02408', codePostal: '02000' },
      { id: 'b', adresse: 'Chemin inconnu', codeInsee: '02408' },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.resultats.get('a')).toMatchObject({ nom: '12 Rue Sérurier', type: 'housenumber' });
    expect(r.resultats.get('b')).toBeNull();
    expect(ban.requetes).toEqual(['/search/csv/']);
  });
  it('sans GEOCODAGE_URL, le géocodeur est désactivé', async () => {
    expect(geocodeurPour({ geocodageDelaiMs: 1000 })).toBe(geocodeurDesactive);
    expect(await geocodeurDesactive.rechercher({ q: 'x' })).toEqual({ ok: false, raison: 'desactive' });
    expect(geocodeurPour({ geocodageUrl: ban.url, geocodageDelaiMs: 1000 }).actif).toBe(true);
  });
});
