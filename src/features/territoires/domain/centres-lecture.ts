import { parse } from 'csv-parse/sync';
import { type Centre, centreGeometrie, type Geometrie } from './centres.ts';
import { normaliserCodeCommune, trouverColonnes } from './centres-colonnes.ts';

/** One centre read from the file, before it is checked against the reference geography. */
export interface CentreLu extends Centre {
  /** Line (CSV) or feature number (GeoJSON), from 1, for the report. */
  ligne: number;
  code: string;
  /** Lower is better: among several rows of one commune, the best one is kept (La Poste's ligne_5). */
  priorite: number;
}

export interface LigneRejetee {
  ligne: number;
  code: string | null;
  raison: string;
}

export interface LectureCentres {
  format: 'csv' | 'geojson' | 'json';
  /** What was understood, for the report: separator, columns, encoding. */
  description: string;
  /** Data rows (CSV) or features read. */
  lignes: number;
  centres: CentreLu[];
  rejets: LigneRejetee[];
  avertissements: string[];
}

export type ResultatLecture = { ok: true; lecture: LectureCentres } | { ok: false; message: string };

const echec = (message: string): ResultatLecture => ({ ok: false, message });

/** UTF-8 if valid, else Latin-1 (Windows-1252): old La Poste and INSEE files are not in UTF-8. */
export function decoderTexte(contenu: Uint8Array): { texte: string; encodage: 'UTF-8' | 'Latin-1' } {
  try {
    const texte = new TextDecoder('utf-8', { fatal: true }).decode(contenu);
    return { texte: texte.replace(/^\uFEFF/, ''), encodage: 'UTF-8' };
  } catch {
    return { texte: new TextDecoder('windows-1252').decode(contenu), encodage: 'Latin-1' };
  }
}

/** A decimal number, accepting the French decimal comma ("49,5641"); null when not a number. */
export function lireNombre(valeur: string | undefined): number | null {
  const v = (valeur ?? '').trim();
  if (!/^[-+]?\d+(?:[.,]\d+)?$/.test(v)) return null;
  return Number(v.replace(',', '.'));
}

/** "49.5641, 3.6199", "49.5641,3.6199", "[49.5641, 3.6199]" or "49,5641; 3,6199" → [lat, lon]. */
export function lireCoordonneesCombinees(valeur: string | undefined): [number, number] | null {
  const v = (valeur ?? '').trim().replace(/^\[|\]$/g, '');
  const m =
    /^([-+]?\d+(?:\.\d+)?)\s*[,; ]\s*([-+]?\d+(?:\.\d+)?)$/.exec(v) ??
    /^([-+]?\d+(?:,\d+)?)\s*(?:;\s*|\s+)([-+]?\d+(?:,\d+)?)$/.exec(v);
  if (!m) return null;
  return [Number(m[1]!.replace(',', '.')), Number(m[2]!.replace(',', '.'))];
}

function detecterSeparateur(premiereLigne: string): string {
  const compte = (c: string) => premiereLigne.split(c).length - 1;
  return [';', ',', '\t', '|'].reduce((best, c) => (compte(c) > compte(best) ? c : best), ',');
}

const NOM_SEPARATEUR: Record<string, string> = {
  ';': '« ; »',
  ',': '« , »',
  '\t': 'tabulation',
  '|': '« | »',
};

function lireCsv(texte: string, encodage: string): ResultatLecture {
  const premiere = texte.slice(0, texte.indexOf('\n') === -1 ? undefined : texte.indexOf('\n'));
  const delimiter = detecterSeparateur(premiere);
  let enregistrements: { record: string[]; info: { lines: number } }[];
  try {
    enregistrements = parse(texte, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    return echec(`Le fichier CSV est illisible : ${(error as Error).message}`);
  }
  const [entete, ...donnees] = enregistrements;
  if (!entete) return echec('Le fichier est vide.');
  const colonnes = trouverColonnes(
    entete.record,
    donnees.slice(0, 200).map((d) => d.record),
  );
  if (!colonnes.ok) return echec(colonnes.error.message);
  const { code, positions, priorite, description } = colonnes.value;

  const centres: CentreLu[] = [];
  const rejets: LigneRejetee[] = [];
  let codesCompletes = 0;
  for (const { record, info } of donnees) {
    const ligne = info.lines;
    const brut = record[code]?.trim() ?? '';
    const normalise = normaliserCodeCommune(brut);
    if (!normalise) {
      rejets.push({ ligne, code: brut || null, raison: brut ? 'code INSEE invalide' : 'code INSEE absent' });
      continue;
    }
    if (normalise !== brut.toUpperCase()) codesCompletes++;
    let position: [number, number] | null = null;
    for (const p of positions) {
      position =
        p.type === 'combinee'
          ? lireCoordonneesCombinees(record[p.colonne])
          : ((lat, lon) => (lat !== null && lon !== null ? ([lat, lon] as [number, number]) : null))(
              lireNombre(record[p.latitude]),
              lireNombre(record[p.longitude]),
            );
      if (position) break;
    }
    if (!position) {
      rejets.push({ ligne, code: normalise, raison: 'coordonnées absentes ou illisibles' });
      continue;
    }
    centres.push({
      ligne,
      code: normalise,
      latitude: position[0],
      longitude: position[1],
      priorite: priorite !== null && (record[priorite]?.trim() ?? '') !== '' ? 1 : 0,
    });
  }
  const avertissements =
    codesCompletes > 0
      ? [
          `${codesCompletes} code(s) INSEE à 4 chiffres complétés par un zéro initial (fichier passé par un tableur ?).`,
        ]
      : [];
  return {
    ok: true,
    lecture: {
      format: 'csv',
      description: `CSV séparé par ${NOM_SEPARATEUR[delimiter]}, encodage ${encodage}, ${description}`,
      lignes: donnees.length,
      centres,
      rejets,
      avertissements,
    },
  };
}

const CLES_CODE = [
  'code',
  'insee',
  'code_insee',
  'codeinsee',
  'insee_com',
  'codgeo',
  'code_commune_insee',
  'com',
];

function cleNormalisee(cle: string): string {
  return cle
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function codeDesProprietes(proprietes: unknown): string | null {
  if (!proprietes || typeof proprietes !== 'object') return null;
  const parCle = new Map(Object.entries(proprietes).map(([k, v]) => [cleNormalisee(k), v]));
  for (const cle of CLES_CODE) {
    const v = parCle.get(cle);
    if (typeof v === 'string' || typeof v === 'number') {
      const code = normaliserCodeCommune(String(v));
      if (code) return code;
    }
  }
  return null;
}

function estGeometrie(g: unknown): g is Geometrie {
  if (!g || typeof g !== 'object') return false;
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  return (type === 'Point' || type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates);
}

const CRS_WGS84 = /(CRS84|EPSG::?4326)$/i;

function lireJson(texte: string): ResultatLecture {
  let donnees: unknown;
  try {
    donnees = JSON.parse(texte);
  } catch (error) {
    return echec(`Le fichier JSON est illisible : ${(error as Error).message}`);
  }
  const crs = (donnees as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
  if (typeof crs === 'string' && !CRS_WGS84.test(crs)) {
    return echec(
      `Le fichier GeoJSON est en projection ${crs} : seules les coordonnées en degrés WGS 84 (EPSG:4326) sont acceptées.`,
    );
  }
  const elements = Array.isArray(donnees)
    ? donnees
    : (donnees as { type?: unknown })?.type === 'FeatureCollection'
      ? (donnees as { features?: unknown }).features
      : (donnees as { type?: unknown })?.type === 'Feature'
        ? [donnees]
        : null;
  if (!Array.isArray(elements)) {
    return echec('Le fichier JSON n’est ni un GeoJSON (FeatureCollection) ni une liste de communes.');
  }
  // A GeoJSON FeatureCollection, or geo.api.gouv.fr's plain JSON list ({ code, centre | mairie }).
  const geojson = elements.some((e) => (e as { type?: unknown })?.type === 'Feature');
  const centres: CentreLu[] = [];
  const rejets: LigneRejetee[] = [];
  elements.forEach((element, i) => {
    const ligne = i + 1;
    const e = (element ?? {}) as Record<string, unknown>;
    const code = codeDesProprietes(geojson ? e.properties : e);
    if (!code) {
      rejets.push({ ligne, code: null, raison: 'code INSEE absent ou invalide dans les propriétés' });
      return;
    }
    const geometrie = geojson ? e.geometry : (e.mairie ?? e.centre);
    if (!estGeometrie(geometrie)) {
      rejets.push({ ligne, code, raison: 'géométrie absente ou d’un type non pris en charge' });
      return;
    }
    const centre = centreGeometrie(geometrie);
    if (!centre || !Number.isFinite(centre.latitude) || !Number.isFinite(centre.longitude)) {
      rejets.push({ ligne, code, raison: 'géométrie vide ou illisible' });
      return;
    }
    centres.push({ ligne, code, ...centre, priorite: 0 });
  });
  return {
    ok: true,
    lecture: {
      format: geojson ? 'geojson' : 'json',
      description: geojson
        ? 'GeoJSON (points, ou centroïde du plus grand polygone de chaque commune)'
        : 'JSON de geo.api.gouv.fr (champ mairie, sinon centre)',
      lignes: elements.length,
      centres,
      rejets,
      avertissements: [],
    },
  };
}

/** Reads a CSV or (Geo)JSON file of commune centres. */
export function lireCentres(contenu: Uint8Array): ResultatLecture {
  if (contenu.length === 0) return echec('Le fichier est vide.');
  const { texte, encodage } = decoderTexte(contenu);
  const debut = texte.trimStart()[0];
  if (debut === '{' || debut === '[') return lireJson(texte);
  if (texte.startsWith('PK')) {
    return echec('Ce fichier est un classeur ou une archive : enregistrez-le en CSV, puis recommencez.');
  }
  return lireCsv(texte, encodage);
}
