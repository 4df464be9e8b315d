import { distance } from 'geokdbush';
import { describe, expect, it } from 'vitest';
import { analyserHoraires } from '../domain/horaires.ts';
import { lireCriteresApi } from './criteres.ts';
import { lireValeursRecherche, queryRecherche } from './criteres-page.ts';
import { lireSelection, masque } from './filtres.ts';
import { IndexLieux, type LieuIndexe, PLAFOND_PROCHES } from './index-memoire.ts';
import { decoderCurseur, distanceEnFrancais, encoderCurseur, telephoneEnFrancais } from './presenter.ts';

const MARDI_10H = new Date('2024-10-08T08:00:00Z');
const SAMEDI_10H = new Date('2024-10-12T08:00:00Z');

function lieu(
  id: string,
  nom: string,
  lat: number | null,
  lon: number | null,
  autres: Partial<LieuIndexe> = {},
): LieuIndexe {
  const horaires = autres.horaires ?? 'Mo-Fr 09:00-12:00,14:00-17:30';
  const departementCode = autres.departementCode ?? '02';
  return {
    id,
    nom,
    adresse: '1 rue',
    complementAdresse: null,
    codePostal: '02000',
    commune: 'Laon',
    codeInsee: '02408',
    departementCode,
    latitude: lat,
    longitude: lon,
    telephone: null,
    courriels: [],
    siteWeb: [],
    typologie: [],
    services: ['Aide aux démarches administratives'],
    publicsSpecifiquementAdresses: [],
    priseEnChargeSpecifique: [],
    fraisACharge: ['Gratuit'],
    dispositifProgrammesNationaux: [],
    modalitesAcces: [],
    modalitesAccompagnement: [],
    priseRdv: null,
    structureId: null,
    dateMaj: '2024-10-01',
    ...autres,
    horaires,
    horairesAnalyse:
      autres.horairesAnalyse === undefined
        ? analyserHoraires(horaires, { departementCode })
        : autres.horairesAnalyse,
  };
}

// Laon centre, then places at about 1, 5 and 30 km, one without position.
const LIEUX = [
  lieu('a', 'Médiathèque', 49.5641, 3.6199),
  lieu('b', 'Espace numérique', 49.5731, 3.6199, {
    services: ['Accès internet et matériel informatique'],
    fraisACharge: ['Payant'],
  }),
  lieu('c', 'Centre social', 49.6091, 3.6199, { horaires: 'Sa 09:00-12:00' }),
  lieu('d', 'France Services', 49.834, 3.6199, { horairesAnalyse: null }),
  lieu('e', 'Association sans position', null, null),
];
const index = new IndexLieux(LIEUX);
const pres = (rayonKm: number) => ({ latitude: 49.5641, longitude: 3.6199, rayonKm });
const ids = (r: { resultats: { lieu: LieuIndexe }[] }) => r.resultats.map((x) => x.lieu.id);

describe('index en mémoire : filtres et tri', () => {
  it('autour d’un point : rayon, tri par distance, distances', () => {
    const r = index.rechercher({ pres: pres(10) }, { offset: 0, limite: 10, instant: MARDI_10H });
    expect(ids(r)).toEqual(['a', 'b', 'c']);
    expect(r.resultats.map((x) => Math.round(x.distanceKm!))).toEqual([0, 1, 5]);
    expect(ids(index.rechercher({ pres: pres(50) }, { offset: 0, limite: 10, instant: MARDI_10H }))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('filtres : une valeur parmi plusieurs dans un filtre, tous les filtres à la fois', () => {
    const f = (filtres: Record<string, string[]>) =>
      ids(index.rechercher({ pres: pres(50), filtres }, { offset: 0, limite: 10, instant: MARDI_10H }));
    expect(f({ services: ['Accès internet et matériel informatique'] })).toEqual(['b']);
    expect(
      f({ services: ['Accès internet et matériel informatique', 'Aide aux démarches administratives'] }),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(f({ services: ['Aide aux démarches administratives'], frais: ['Payant'] })).toEqual([]);
    expect(f({ frais: ['Payant', 'Gratuit'] })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ouvert maintenant (heure de Paris) et ouvert le samedi ; analyse absente recalculée', () => {
    const o = (instant: Date) =>
      ids(index.rechercher({ pres: pres(50), ouvertMaintenant: true }, { offset: 0, limite: 10, instant }));
    expect(o(MARDI_10H)).toEqual(['a', 'b', 'd']);
    expect(o(SAMEDI_10H)).toEqual(['c']);
    expect(
      ids(
        index.rechercher(
          { pres: pres(50), ouvertSamedi: true },
          { offset: 0, limite: 10, instant: MARDI_10H },
        ),
      ),
    ).toEqual(['c']);
  });

  it('sans point : par nom ; nom, commune, département, rectangle', () => {
    const tous = index.rechercher({}, { offset: 0, limite: 10, instant: MARDI_10H });
    expect(tous.resultats.map((x) => x.lieu.nom)).toEqual([
      'Association sans position',
      'Centre social',
      'Espace numérique',
      'France Services',
      'Médiathèque',
    ]);
    expect(
      ids(index.rechercher({ nom: 'mediatheque' }, { offset: 0, limite: 10, instant: MARDI_10H })),
    ).toEqual(['a']);
    expect(index.rechercher({ departement: '80' }, { offset: 0, limite: 10, instant: MARDI_10H }).total).toBe(
      0,
    );
    expect(
      ids(
        index.rechercher({ bbox: [3.5, 49.55, 3.7, 49.58] }, { offset: 0, limite: 10, instant: MARDI_10H }),
      ),
    ).toEqual(['b', 'a']);
  });

  it('pagination : pages contiguës, fin signalée', () => {
    const p1 = index.rechercher({ pres: pres(50) }, { offset: 0, limite: 3, instant: MARDI_10H });
    expect([ids(p1), p1.suivant, p1.total]).toEqual([['a', 'b', 'c'], 3, 4]);
    const p2 = index.rechercher({ pres: pres(50) }, { offset: 3, limite: 3, instant: MARDI_10H });
    expect([ids(p2), p2.suivant]).toEqual([['d'], null]);
  });

  it('points pour la carte : seulement les lieux positionnés', () => {
    expect(
      index
        .points({}, MARDI_10H, 100)
        .map((p) => p.lieu.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(
      new IndexLieux([]).rechercher({ pres: pres(10) }, { offset: 0, limite: 10, instant: MARDI_10H }).total,
    ).toBe(0);
  });
});

describe('paramètres de recherche', () => {
  it('filtres : paramètres répétés ou séparés par « | », valeurs inconnues signalées', () => {
    const r = lireSelection({
      services: ['Aide aux démarches administratives|Loisirs et créations numériques'],
      frais: 'Cher',
    });
    expect(r.selection).toEqual({
      services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'],
    });
    expect(r.inconnues).toEqual([{ cle: 'frais', valeur: 'Cher' }]);
    expect(masque('frais', ['Gratuit', 'Payant'])).toBe(0b101);
  });

  it('API : near, radius_km, bbox, curseur, limite', () => {
    const ok = lireCriteresApi({
      near: '49.5641,3.6199',
      radius_km: '10',
      limit: '5',
      cursor: encoderCurseur(10),
    });
    expect(ok).toEqual({ ok: true, criteres: { pres: pres(10), filtres: {} }, offset: 10, limite: 5 });
    expect(lireCriteresApi({ near: '91,3' })).toMatchObject({
      ok: false,
      erreur: { code: 'near_invalide', champ: 'near' },
    });
    expect(lireCriteresApi({ bbox: '3,49,2,50' })).toMatchObject({
      ok: false,
      erreur: { code: 'bbox_invalide' },
    });
    expect(decoderCurseur('nimporte')).toBeNull();
  });

  it('page : valeurs douteuses ramenées aux défauts, lien qui garde les filtres', () => {
    const v = lireValeursRecherche({
      q: ' Laon ',
      rayon: '7',
      page: '-3',
      services: ['Aide aux démarches administratives', 'Inconnu'],
      ouvert: 'on',
      lat: 'x',
    });
    expect(v).toMatchObject({
      q: 'Laon',
      rayon: 20,
      page: 1,
      ouvert: true,
      position: undefined,
      vue: 'liste',
    });
    expect(v.filtres).toEqual({ services: ['Aide aux démarches administratives'] });
    expect(queryRecherche(v, { page: 2 })).toBe(
      'q=Laon&rayon=20&services=Aide+aux+d%C3%A9marches+administratives&ouvert=1&page=2',
    );
  });

  it('affichage : distances et téléphones à la française', () => {
    expect([distanceEnFrancais(0.183), distanceEnFrancais(3.24), distanceEnFrancais(12.6)]).toEqual([
      'à 180 m',
      'à 3,2 km',
      'à 13 km',
    ]);
    expect([
      telephoneEnFrancais('+33323016717'),
      telephoneEnFrancais('+590590123456'),
      telephoneEnFrancais(null),
    ]).toEqual(['03 23 01 67 17', '05 90 12 34 56', null]);
  });
});

describe('recherche autour d’un point dans une zone dense', () => {
  // 20,000 places within ~10 km of Laon, as in a dense city: a grid with a deterministic jitter.
  const DENSES = Array.from({ length: 20_000 }, (_, i) =>
    lieu(
      `d${String(i).padStart(5, '0')}`,
      `Lieu ${i}`,
      49.5641 + ((i % 141) - 70) * 0.0009 + (i % 7) * 0.00001,
      3.6199 + (Math.floor(i / 141) - 70) * 0.0013,
      i % 500 === 0 ? { services: ['Accès internet et matériel informatique'] } : {},
    ),
  );
  const index = new IndexLieux(DENSES);
  const pres = { latitude: 49.5641, longitude: 3.6199, rayonKm: 50 };

  it('sert les plus proches en ordre de distance, le total s’arrête au plafond et le dit', () => {
    const page = index.rechercher({ pres }, { offset: 0, limite: 20, instant: MARDI_10H });
    expect(page.total).toBe(PLAFOND_PROCHES);
    expect(page.plafonne).toBe(true);
    const tous = DENSES.map((l) => ({
      id: l.id,
      d: distance(pres.longitude, pres.latitude, l.longitude!, l.latitude!),
    })).sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
    expect(page.resultats.map((r) => r.lieu.id)).toEqual(tous.slice(0, 20).map((x) => x.id));
  });

  it('les pages successives se suivent sans trou ni doublon jusqu’au plafond', () => {
    const vus = new Set<string>();
    let offset: number | null = 0;
    let precedente = 0;
    while (offset !== null) {
      const page = index.rechercher({ pres }, { offset, limite: 100, instant: MARDI_10H });
      for (const r of page.resultats) {
        expect(vus.has(r.lieu.id)).toBe(false);
        expect(r.distanceKm!).toBeGreaterThanOrEqual(precedente);
        precedente = r.distanceKm!;
        vus.add(r.lieu.id);
      }
      offset = page.suivant;
    }
    expect(vus.size).toBe(PLAFOND_PROCHES);
  });

  it('avec un filtre rare, le total est exact et non plafonné', () => {
    const filtres = lireSelection({ services: ['Accès internet et matériel informatique'] }).selection;
    const page = index.rechercher({ pres, filtres }, { offset: 0, limite: 100, instant: MARDI_10H });
    expect(page.total).toBe(40);
    expect(page.plafonne).toBeUndefined();
    expect(
      page.resultats.every((r) => r.lieu.services.includes('Accès internet et matériel informatique')),
    ).toBe(true);
  });

  it('un rayon étroit ne garde que les lieux dans le cercle', () => {
    const page = index.rechercher(
      { pres: { ...pres, rayonKm: 0.5 } },
      { offset: 0, limite: 2000, instant: MARDI_10H },
    );
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(PLAFOND_PROCHES);
    expect(page.resultats.every((r) => r.distanceKm! <= 0.5)).toBe(true);
    const attendus = DENSES.filter(
      (l) => distance(pres.longitude, pres.latitude, l.longitude!, l.latitude!) <= 0.5,
    ).length;
    expect(page.total).toBe(attendus);
  });
});
