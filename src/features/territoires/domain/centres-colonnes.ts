import { fail, ok, type Result } from '../../../platform/result.ts';

/**
 * Which columns of a CSV hold the commune code and its position. The usual files name them
 * differently: La Poste (Code_commune_INSEE, coordonnees_gps "lat, lon"), data.gouv.fr's "communes de
 * France" (code_insee, latitude_mairie / latitude_centre), IGN (INSEE_COM), INSEE (CODGEO)…
 */

/** Code columns, best first. `code_commune` is also the 3-digit part in some files: values decide. */
const COLONNES_CODE = [
  'code_commune_insee',
  'code_insee',
  'codeinsee',
  'insee_com',
  'codgeo',
  'code_insee_commune',
  'insee',
  'code_commune',
  'com',
  'code',
];

/** Position column pairs, best first: the town hall is a better "centre" than the outline's centroid. */
const PAIRES = [
  ['latitude_mairie', 'longitude_mairie'],
  ['latitude_centre', 'longitude_centre'],
  ['latitude', 'longitude'],
  ['lat', 'lon'],
  ['lat', 'lng'],
  ['lat', 'long'],
] as const;

const COMBINEES = [
  'coordonnees_gps',
  'geo_point_2d',
  'geo_point',
  'coordonnees',
  'coordonnees_geographiques',
];

export type ColonnePosition =
  | { type: 'paire'; latitude: number; longitude: number }
  | { type: 'combinee'; colonne: number };

export interface Colonnes {
  code: number;
  /** Tried in order on each row: the first readable position wins. */
  positions: ColonnePosition[];
  /** La Poste's ligne_5: a row naming a hamlet or a former commune is a worse centre. */
  priorite: number | null;
  description: string;
}

export function normaliserEntete(nom: string): string {
  return nom
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const CODE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/;

/** An INSEE commune code, upper-case; 4 digits get back the leading zero a spreadsheet removed. */
export function normaliserCodeCommune(valeur: string): string | null {
  const v = valeur.trim().toUpperCase();
  if (CODE_COMMUNE.test(v)) return v;
  if (/^\d{4}$/.test(v)) return `0${v}`;
  return null;
}

/** Names that mean something else in some files ("code_commune": 408 for Laon): values decide. */
const AMBIGUES = new Set(['code_commune', 'com', 'code']);

/**
 * An unambiguous column needs one INSEE-looking value in the sample (its bad rows are reported);
 * an ambiguous one needs most of them.
 */
function ressembleACodes(echantillon: string[][], index: number, nom: string): boolean {
  const valeurs = echantillon.map((r) => r[index]?.trim() ?? '').filter((v) => v !== '');
  const bons = valeurs.filter((v) => normaliserCodeCommune(v) !== null).length;
  if (!AMBIGUES.has(nom)) return bons > 0;
  return valeurs.length > 0 && bons / valeurs.length >= 0.8;
}

export function trouverColonnes(entete: string[], echantillon: string[][]): Result<Colonnes> {
  const noms = entete.map(normaliserEntete);
  const index = (nom: string) => noms.indexOf(nom);

  const codeNom = COLONNES_CODE.find((c) => index(c) >= 0 && ressembleACodes(echantillon, index(c), c));
  const positions: ColonnePosition[] = [];
  const utilisees: string[] = [];
  for (const [lat, lon] of PAIRES) {
    if (index(lat) >= 0 && index(lon) >= 0) {
      positions.push({ type: 'paire', latitude: index(lat), longitude: index(lon) });
      utilisees.push(`${entete[index(lat)]}/${entete[index(lon)]}`);
    }
  }
  for (const c of COMBINEES) {
    if (index(c) >= 0) {
      positions.push({ type: 'combinee', colonne: index(c) });
      utilisees.push(`${entete[index(c)]} (« latitude, longitude »)`);
    }
  }
  const attendu =
    'Colonnes attendues : un code INSEE (code_commune_INSEE, code_insee, insee_com, codgeo…) et une position (latitude et longitude, lat et lon, ou coordonnees_gps « latitude, longitude »).';
  if (!codeNom) {
    return fail(
      'colonne_code_absente',
      `Aucune colonne de codes INSEE de communes n’a été trouvée parmi : ${entete.join(', ')}. ${attendu}`,
    );
  }
  if (positions.length === 0) {
    return fail(
      'colonne_position_absente',
      `Aucune colonne de position n’a été trouvée parmi : ${entete.join(', ')}. ${attendu}`,
    );
  }
  const priorite = index('ligne_5') >= 0 ? index('ligne_5') : null;
  const code = index(codeNom);
  return ok({
    code,
    positions,
    priorite,
    description: `code ${entete[code]}, position ${utilisees.join(' puis ')}`,
  });
}
