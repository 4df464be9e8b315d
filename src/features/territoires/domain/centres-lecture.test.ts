import { describe, expect, it } from 'vitest';
import { normaliserCodeCommune, trouverColonnes } from './centres-colonnes.ts';
import { type LectureCentres, lireCentres, lireCoordonneesCombinees, lireNombre } from './centres-lecture.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

function lire(contenu: Uint8Array): LectureCentres {
  const r = lireCentres(contenu);
  if (!r.ok) throw new Error(r.message);
  return r.lecture;
}

const positions = (l: LectureCentres) => l.centres.map((c) => [c.code, c.latitude, c.longitude, c.priorite]);

describe('lireNombre et lireCoordonneesCombinees', () => {
  it('lit les décimales à point ou à virgule, et rien d’autre', () => {
    expect(lireNombre('49.5641')).toBe(49.5641);
    expect(lireNombre(' 49,5641 ')).toBe(49.5641);
    expect(lireNombre('-0.5792')).toBe(-0.5792);
    expect(lireNombre('')).toBeNull();
    expect(lireNombre('49°33')).toBeNull();
    expect(lireNombre(undefined)).toBeNull();
  });

  it('lit « latitude, longitude » sous ses formes usuelles', () => {
    expect(lireCoordonneesCombinees('49.5641, 3.6199')).toEqual([49.5641, 3.6199]);
    expect(lireCoordonneesCombinees('49.5641,3.6199')).toEqual([49.5641, 3.6199]);
    expect(lireCoordonneesCombinees('[44.8378, -0.5792]')).toEqual([44.8378, -0.5792]);
    expect(lireCoordonneesCombinees('49,5641; 3,6199')).toEqual([49.5641, 3.6199]);
    expect(lireCoordonneesCombinees('49,5641 3,6199')).toEqual([49.5641, 3.6199]);
    expect(lireCoordonneesCombinees('')).toBeNull();
    expect(lireCoordonneesCombinees('Laon')).toBeNull();
  });
});

describe('normaliserCodeCommune', () => {
  it('garde les codes INSEE, Corse comprise, et rend son zéro à un code passé par un tableur', () => {
    expect(normaliserCodeCommune('02408')).toBe('02408');
    expect(normaliserCodeCommune('2a004')).toBe('2A004');
    expect(normaliserCodeCommune('2408')).toBe('02408');
    expect(normaliserCodeCommune('408')).toBeNull();
    expect(normaliserCodeCommune('Laon')).toBeNull();
  });
});

describe('lireCentres : CSV', () => {
  it('lit la base de La Poste (« ; », Latin-1, coordonnees_gps) en préférant la ligne sans ligne_5', () => {
    const csv = latin1(
      [
        'Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps',
        '02408;LAON;02000;LEUILLY;LAON;49.5511, 3.6017',
        '02408;LAON;02000;;LAON;49.5641, 3.6199',
        '80021;AMIENS;80000;;AMIENS;49.9009, 2.2908',
        '80021;AMIENS;80080;;AMIENS;49.9009, 2.2908',
        '02157;CHAMBRY;02000;;CHAMBRY;',
      ].join('\r\n'),
    );
    const l = lire(csv);
    expect(l.format).toBe('csv');
    expect(l.description).toContain('« ; »');
    expect(l.description).toContain('Latin-1');
    expect(l.description).toContain('Code_commune_INSEE');
    expect(l.description).toContain('coordonnees_gps');
    expect(l.lignes).toBe(5);
    expect(positions(l)).toEqual([
      ['02408', 49.5511, 3.6017, 1],
      ['02408', 49.5641, 3.6199, 0],
      ['80021', 49.9009, 2.2908, 0],
      ['80021', 49.9009, 2.2908, 0],
    ]);
    expect(l.rejets).toEqual([{ ligne: 6, code: '02157', raison: 'coordonnées absentes ou illisibles' }]);
  });

  it('prend code_commune_INSEE et non code_commune (trois chiffres) dans « communes de France »', () => {
    const csv = utf8(
      [
        'code_commune_INSEE,nom_commune_postal,code_postal,libelle_acheminement,ligne_5,latitude,longitude,code_commune,nom_commune',
        '02408,LAON,02000,LAON,,49.5641,3.6199,408,Laon',
        '2A004,AJACCIO,20000,AJACCIO,,41.9264,8.7376,004,Ajaccio',
      ].join('\n'),
    );
    const l = lire(csv);
    expect(positions(l)).toEqual([
      ['02408', 49.5641, 3.6199, 0],
      ['2A004', 41.9264, 8.7376, 0],
    ]);
    expect(l.description).toContain('encodage UTF-8');
  });

  it('préfère la mairie au centroïde, et se rabat sur le centroïde sans mairie', () => {
    const csv = utf8(
      [
        'code_insee,nom_standard,latitude_mairie,longitude_mairie,latitude_centre,longitude_centre',
        '02408,Laon,49.5641,3.6199,49.5725,3.6262',
        '02157,Chambry,,,49.5872,3.6564',
      ].join('\n'),
    );
    expect(positions(lire(csv))).toEqual([
      ['02408', 49.5641, 3.6199, 0],
      ['02157', 49.5872, 3.6564, 0],
    ]);
  });

  it('lit insee_com/lat/lon, codgeo, les virgules décimales et les tabulations', () => {
    expect(positions(lire(utf8('INSEE_COM;LAT;LON\n02408;49,5641;3,6199\n')))).toEqual([
      ['02408', 49.5641, 3.6199, 0],
    ]);
    expect(positions(lire(utf8('CODGEO\tlat\tlng\n80021\t49.8942\t2.2958\n')))).toEqual([
      ['80021', 49.8942, 2.2958, 0],
    ]);
  });

  it('complète les codes à quatre chiffres et le signale', () => {
    const l = lire(utf8('code_insee,latitude,longitude\n2408,49.5641,3.6199\n80021,49.8942,2.2958\n'));
    expect(positions(l).map((p) => p[0])).toEqual(['02408', '80021']);
    expect(l.avertissements[0]).toMatch(/1 code\(s\) INSEE à 4 chiffres complétés/);
  });

  it('signale les codes invalides et absents, avec leur ligne', () => {
    const l = lire(utf8('code_insee,latitude,longitude\n02408,49.5641,3.6199\nLAON,49.5,3.6\n,49.5,3.6\n'));
    expect(l.rejets).toEqual([
      { ligne: 3, code: 'LAON', raison: 'code INSEE invalide' },
      { ligne: 4, code: null, raison: 'code INSEE absent' },
    ]);
  });

  it('explique quelles colonnes manquent', () => {
    const sansCode = lireCentres(utf8('code_commune,latitude,longitude\n408,49.5641,3.6199\n'));
    expect(sansCode).toMatchObject({ ok: false });
    if (!sansCode.ok) {
      expect(sansCode.message).toMatch(/^Aucune colonne de codes INSEE/);
      expect(sansCode.message).toContain('code_commune_INSEE');
    }
    const sansPosition = lireCentres(utf8('code_insee,nom\n02408,Laon\n'));
    expect(sansPosition).toEqual({
      ok: false,
      message: expect.stringMatching(/^Aucune colonne de position n’a été trouvée parmi : code_insee, nom\./),
    });
  });

  it('refuse un fichier vide ou un classeur', () => {
    expect(lireCentres(new Uint8Array())).toEqual({ ok: false, message: 'Le fichier est vide.' });
    expect(lireCentres(utf8('PK\u0003\u0004xxxx'))).toMatchObject({ ok: false });
  });
});

describe('lireCentres : GeoJSON et JSON', () => {
  const carre = (lon: number, lat: number, c: number) => [
    [
      [lon, lat],
      [lon + c, lat],
      [lon + c, lat + c],
      [lon, lat + c],
      [lon, lat],
    ],
  ];

  it('lit des points, des polygones et des multipolygones ; signale ce qui manque', () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '02408', nom: 'Laon' },
          geometry: { type: 'Point', coordinates: [3.6199, 49.5641] },
        },
        {
          type: 'Feature',
          properties: { INSEE_COM: '80021' },
          geometry: { type: 'Polygon', coordinates: carre(2.2, 49.85, 0.1) },
        },
        {
          type: 'Feature',
          properties: { insee: '97105' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [carre(-61.8, 15.9, 0.1), carre(-61.5, 16.4, 0.01)],
          },
        },
        {
          type: 'Feature',
          properties: { nom: 'Sans code' },
          geometry: { type: 'Point', coordinates: [3, 49] },
        },
        { type: 'Feature', properties: { code: '02157' }, geometry: null },
        {
          type: 'Feature',
          properties: { code: '02028' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [3, 49],
              [3.1, 49.1],
            ],
          },
        },
      ],
    };
    const l = lire(utf8(JSON.stringify(geojson)));
    expect(l.format).toBe('geojson');
    expect(l.lignes).toBe(6);
    expect(l.centres.map((c) => c.code)).toEqual(['02408', '80021', '97105']);
    expect(l.centres[0]).toMatchObject({ latitude: 49.5641, longitude: 3.6199 });
    expect(l.centres[1]!.latitude).toBeCloseTo(49.9, 6);
    expect(l.centres[1]!.longitude).toBeCloseTo(2.25, 6);
    expect(l.centres[2]!.latitude).toBeCloseTo(15.95, 6);
    expect(l.rejets.map((r) => [r.ligne, r.code])).toEqual([
      [4, null],
      [5, '02157'],
      [6, '02028'],
    ]);
  });

  it('refuse un GeoJSON projeté (Lambert 93)', () => {
    const r = lireCentres(
      utf8(
        JSON.stringify({
          type: 'FeatureCollection',
          crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
          features: [],
        }),
      ),
    );
    expect(r).toEqual({ ok: false, message: expect.stringContaining('EPSG::2154') });
    const wgs84 = lireCentres(
      utf8(
        JSON.stringify({
          type: 'FeatureCollection',
          crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
          features: [],
        }),
      ),
    );
    expect(wgs84.ok).toBe(true);
  });

  it('lit la liste JSON de geo.api.gouv.fr (mairie, sinon centre)', () => {
    const l = lire(
      utf8(
        JSON.stringify([
          {
            code: '02408',
            nom: 'Laon',
            centre: { type: 'Point', coordinates: [3.6262, 49.5725] },
            mairie: { type: 'Point', coordinates: [3.6199, 49.5641] },
          },
          { code: '02157', nom: 'Chambry', centre: { type: 'Point', coordinates: [3.6564, 49.5872] } },
        ]),
      ),
    );
    expect(l.format).toBe('json');
    expect(positions(l)).toEqual([
      ['02408', 49.5641, 3.6199, 0],
      ['02157', 49.5872, 3.6564, 0],
    ]);
  });

  it('dit ce qui ne va pas dans un JSON illisible ou d’une autre forme', () => {
    expect(lireCentres(utf8('{"type":'))).toEqual({
      ok: false,
      message: expect.stringMatching(/^Le fichier JSON est illisible/),
    });
    expect(lireCentres(utf8('{"communes": 3}'))).toEqual({
      ok: false,
      message: expect.stringMatching(/ni un GeoJSON/),
    });
  });
});

describe('trouverColonnes', () => {
  it('ignore une colonne « code » qui ne contient pas de codes INSEE', () => {
    const r = trouverColonnes(['code', 'insee_com', 'lat', 'lon'], [['A1', '02408', '49.5', '3.6']]);
    expect(r.ok && r.value.code).toBe(1);
  });
});
