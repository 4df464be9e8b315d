import { describe, expect, it } from 'vitest';
import { communeParente, lireLigneCnfs, normaliserDepartement, typeStructure } from './import-cnfs.ts';

const base = {
  id: 3,
  raison_sociale: 'COMMUNE DE BOURG EN BRESSE',
  siret: '21010053300012',
  type: 'publique',
  code_département: '1',
  insee_com: '01053',
  adresse: 'PL DE L HOTEL DE VILLE\n01000 BOURG-EN-BRESSE',
  code_postal_bis: '01000',
  latitude: 46.205,
  longitude: 5.2255,
  nb_cnfs: 2,
  date_de_validation_en_comité_de_sélection: '2021-05-19',
  zrr: 'non',
  qpv: 'oui',
  france_services: 'non renseigné',
};

describe('lecture du fichier CNFS 2021', () => {
  it('normalise une ligne propre', () => {
    const r = lireLigneCnfs(base, 'cnfs_2021-06', 2);
    expect(r).toEqual({
      ok: true,
      ligne: {
        reference: 'cnfs_2021-06:3',
        nom: 'COMMUNE DE BOURG EN BRESSE',
        siret: '21010053300012',
        type: 'COMMUNE',
        departementCode: '01',
        communeCode: '01053',
        adresse: 'PL DE L HOTEL DE VILLE, 01000 BOURG-EN-BRESSE',
        codePostal: '01000',
        latitude: 46.205,
        longitude: 5.2255,
        postes: 2,
        dateComite: '2021-05-19',
        qpv: 'oui',
        zrr: false,
        franceServices: null,
        anomalies: [],
      },
    });
  });

  it('complète les codes département sans zéro et garde la Corse et l’outre-mer', () => {
    expect(normaliserDepartement('1')).toBe('01');
    expect(normaliserDepartement(5)).toBe('05');
    expect(normaliserDepartement('2a')).toBe('2A');
    expect(normaliserDepartement('974')).toBe('974');
    expect(normaliserDepartement('Ain')).toBeNull();
  });

  it('déduit le type de structure du nom et du SIREN', () => {
    expect(typeStructure('publique', '20004293500011', 'HAUT - BUGEY AGGLOMERATION')).toBe('EPCI');
    expect(typeStructure('publique', '25010021100011', 'SI D ENERGIE DE L AIN')).toBe('COLLECTIVITE');
    expect(typeStructure('publique', '22690001700014', 'DEPARTEMENT DU RHONE')).toBe('DEPARTEMENT');
    expect(typeStructure('publique', '21340003900011', 'MAIRIE D AGDE')).toBe('COMMUNE');
    expect(typeStructure('privée', '40036201800089', 'PIMMS LYON METROPOLE')).toBe('ASSOCIATION');
    expect(typeStructure('privée', null, 'SCIC LA COOP NUMERIQUE')).toBe('ENTREPRISE_ESS');
    expect(typeStructure('autre', null, 'X')).toBeNull();
  });

  it('écarte ce qui est faux sans perdre la ligne : SIRET « null », nom « 0 », INSEE absent', () => {
    const r = lireLigneCnfs(
      {
        ...base,
        id: 7,
        raison_sociale: '0',
        siret: 'null',
        insee_com: undefined,
        latitude: 44.9687,
        longitude: 4.5,
      },
      'cnfs_2021-06',
      6,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ligne).toMatchObject({
      nom: 'Structure sans nom (ligne 7 du fichier cnfs_2021-06)',
      siret: null,
      communeCode: null,
      latitude: null,
    });
    expect(r.ligne.anomalies).toEqual([
      'raison sociale absente',
      'SIRET absent',
      'code INSEE absent : position écartée',
    ]);
  });

  it('écarte une commune géocodée hors du département (Grigny 91 placé à Grigny 69)', () => {
    const r = lireLigneCnfs(
      { ...base, code_département: '91', insee_com: '69096', raison_sociale: 'COMMUNE DE GRIGNY' },
      's',
      0,
    );
    expect(r.ok && r.ligne).toMatchObject({ departementCode: '91', communeCode: null, latitude: null });
  });

  it('rattache les arrondissements de Paris, Lyon et Marseille à leur commune, position gardée', () => {
    const r = lireLigneCnfs(
      { ...base, code_département: '69', insee_com: '69383', latitude: 45.76, longitude: 4.85 },
      's',
      0,
    );
    expect(r.ok && r.ligne).toMatchObject({ communeCode: '69123', latitude: 45.76 });
    expect(communeParente('75119')).toBe('75056');
    expect(communeParente('13216')).toBe('13055');
    expect(communeParente('13217')).toBe('13217');
  });

  it('refuse les lignes inexploitables', () => {
    expect(lireLigneCnfs({ ...base, nb_cnfs: 0 }, 's', 0).ok).toBe(false);
    expect(lireLigneCnfs({ ...base, code_département: 'AIN' }, 's', 0).ok).toBe(false);
    expect(lireLigneCnfs({ ...base, type: 'mixte' }, 's', 0).ok).toBe(false);
  });
});
