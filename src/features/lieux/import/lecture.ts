import { type Options as CsvOptions, parse as parseFlux } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { ArretDemande } from '../../../platform/taches/tache.ts';

/** Files above this size are refused before being read (a national file is about 20 MB). */
export const TAILLE_MAX_OCTETS = 50 * 1024 * 1024;

export interface LigneLue {
  /** Line number in the file (CSV) or position in the list (JSON), from 1. */
  numero: number;
  donnees: Record<string, unknown>;
}

export interface LigneIllisible {
  numero: number;
  raison: string;
}

export type Lecture =
  | {
      ok: true;
      type: 'csv' | 'json';
      lignes: LigneLue[];
      illisibles: LigneIllisible[];
      colonnes: string[];
      avertissements: string[];
    }
  | { ok: false; message: string };

export interface OptionsLecture {
  /** JSON: dotted path of the array of rows inside an object ("features", "data.lieux"). */
  lignes?: string | undefined;
  /** CSV: the delimiter; guessed from the header line when absent. */
  separateur?: string | undefined;
}

const echec = (message: string): Lecture => ({ ok: false, message });

/** 1-based line of a byte offset. */
function ligneDeLOctet(contenu: Buffer, octet: number): number {
  let ligne = 1;
  for (let i = contenu.indexOf(0x0a); i !== -1 && i < octet; i = contenu.indexOf(0x0a, i + 1)) ligne++;
  return ligne;
}

function decoder(contenu: Buffer): { texte: string; avertissement?: string } | { erreur: string } {
  if (contenu[0] === 0xff && contenu[1] === 0xfe)
    return { texte: new TextDecoder('utf-16le').decode(contenu) };
  if (contenu[0] === 0xfe && contenu[1] === 0xff)
    return { texte: new TextDecoder('utf-16be').decode(contenu) };
  if (contenu.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') {
    return {
      erreur:
        'Ce fichier est un classeur ou une archive (XLSX, ODS, ZIP) : enregistrez-le au format « CSV UTF-8 » ou JSON, puis recommencez.',
    };
  }
  if (contenu.subarray(0, 5).toString('latin1') === '%PDF-') {
    return { erreur: 'Ce fichier est un PDF : seuls les fichiers CSV et JSON peuvent être importés.' };
  }
  // The whole file, not its first 8 KB (issue 9): a NUL byte anywhere means binary content.
  const nul = contenu.indexOf(0);
  if (nul !== -1) {
    const ligne = nul < 8192 ? '' : ` (octet nul à la ligne ${ligneDeLOctet(contenu, nul)})`;
    return {
      erreur: `Ce fichier n’est pas un fichier texte${ligne} : seuls les fichiers CSV et JSON peuvent être importés.`,
    };
  }
  try {
    return { texte: new TextDecoder('utf-8', { fatal: true }).decode(contenu) };
  } catch {
    return {
      texte: new TextDecoder('windows-1252').decode(contenu),
      avertissement:
        'Le fichier n’est pas encodé en UTF-8 : il a été lu comme un fichier Windows (Windows-1252). Vérifiez les accents dans le rapport, ou enregistrez-le en « CSV UTF-8 ».',
    };
  }
}

/** Line and column of a character offset, for JSON syntax errors. */
function position(texte: string, index: number): string {
  const avant = texte.slice(0, index);
  const ligne = avant.split('\n').length;
  const colonne = index - avant.lastIndexOf('\n');
  return `ligne ${ligne}, colonne ${colonne}`;
}

function chemin(valeur: unknown, chemin: string): unknown {
  let courant = valeur;
  for (const partie of chemin.split('.')) {
    if (courant === null || typeof courant !== 'object') return undefined;
    courant = (courant as Record<string, unknown>)[partie];
  }
  return courant;
}

function estObjet(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A GeoJSON feature becomes its properties, plus its point as latitude/longitude when absent. */
function depuisGeojson(f: Record<string, unknown>): Record<string, unknown> {
  const proprietes = estObjet(f.properties) ? { ...f.properties } : {};
  const geometrie = f.geometry as { type?: string; coordinates?: unknown } | undefined;
  if (geometrie?.type === 'Point' && Array.isArray(geometrie.coordinates)) {
    const [lon, lat] = geometrie.coordinates as unknown[];
    proprietes.latitude ??= lat;
    proprietes.longitude ??= lon;
  }
  return { ...proprietes, geometry: geometrie };
}

function lireJson(texte: string, options: OptionsLecture, avertissements: string[]): Lecture {
  let racine: unknown;
  try {
    racine = JSON.parse(texte);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = message.match(/position (\d+)/);
    const ou = at ? ` (${position(texte, Number(at[1]))})` : '';
    return echec(`Le fichier JSON est mal formé${ou} : vérifiez les virgules, guillemets et crochets.`);
  }
  let liste: unknown = racine;
  if (options.lignes) liste = chemin(racine, options.lignes);
  else if (estObjet(racine)) {
    if (racine.type === 'FeatureCollection') liste = racine.features;
    else {
      const tableaux = Object.values(racine).filter(Array.isArray);
      liste = tableaux.length === 1 ? tableaux[0] : racine;
    }
  }
  if (!Array.isArray(liste)) {
    return echec(
      options.lignes
        ? `Aucune liste de lieux à l’emplacement « ${options.lignes} » du fichier JSON.`
        : 'Le fichier JSON doit contenir une liste de lieux (un tableau d’objets).',
    );
  }
  const lignes: LigneLue[] = [];
  const illisibles: LigneIllisible[] = [];
  const colonnes = new Set<string>();
  liste.forEach((element, i) => {
    if (!estObjet(element)) {
      illisibles.push({ numero: i + 1, raison: 'Cet élément de la liste n’est pas un objet JSON.' });
      return;
    }
    const donnees = element.type === 'Feature' ? depuisGeojson(element) : element;
    for (const k of Object.keys(donnees)) colonnes.add(k);
    lignes.push({ numero: i + 1, donnees });
  });
  return { ok: true, type: 'json', lignes, illisibles, colonnes: [...colonnes], avertissements };
}

function devinerSeparateur(texte: string): string {
  const entete = texte.slice(0, texte.search(/\r?\n|$/));
  const compte = (c: string) => entete.split(c).length - 1;
  return [',', ';', '\t'].reduce((a, b) => (compte(b) > compte(a) ? b : a));
}

function echecGuillemet(ligne: number | null): Lecture {
  return echec(
    `Le fichier CSV est mal formé : un guillemet ouvert n’est jamais fermé (à partir de la ligne ${ligne ?? '?'}).`,
  );
}

interface EtatCsv {
  colonnes: string[];
  illisibles: LigneIllisible[];
  /** An unclosed quote swallows the rest of the file: refuse it rather than import half of it. */
  guillemet: number | null;
}

type EnregistrementCsv = { info: { lines: number }; record: Record<string, string> };

function optionsCsv(texte: string, options: OptionsLecture, etat: EtatCsv): CsvOptions {
  return {
    bom: true,
    delimiter: options.separateur ?? devinerSeparateur(texte),
    columns: (entete: string[]) => {
      etat.colonnes = entete.map((c) => c.trim());
      return etat.colonnes;
    },
    skip_empty_lines: true,
    relax_quotes: true,
    info: true,
    skip_records_with_error: true,
    on_skip: (erreur) => {
      if (!erreur) return;
      const numero = (erreur as { lines?: number }).lines ?? 0;
      if (erreur.code === 'CSV_QUOTE_NOT_CLOSED') {
        etat.guillemet ??= numero;
        return;
      }
      etat.illisibles.push({
        numero,
        raison:
          erreur.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
            ? 'Nombre de colonnes différent de l’en-tête.'
            : 'Ligne CSV mal formée.',
      });
    },
  };
}

function resultatCsv(enregistrements: EnregistrementCsv[], etat: EtatCsv, avertissements: string[]): Lecture {
  if (etat.guillemet !== null) return echecGuillemet(etat.guillemet);
  if (etat.colonnes.length === 0) return echec('Le fichier est vide : aucune ligne d’en-tête.');
  const lignes = enregistrements.map((e) => ({ numero: e.info.lines, donnees: e.record }));
  return {
    ok: true,
    type: 'csv',
    lignes,
    illisibles: etat.illisibles,
    colonnes: etat.colonnes,
    avertissements,
  };
}

function echecCsv(e: unknown): Lecture {
  const erreur = e as { code?: string; lines?: number; message?: string };
  if (erreur.code === 'CSV_QUOTE_NOT_CLOSED') return echecGuillemet(erreur.lines ?? null);
  return echec(`Le fichier CSV est mal formé (ligne ${erreur.lines ?? '?'}) : il ne peut pas être lu.`);
}

function lireCsv(texte: string, options: OptionsLecture, avertissements: string[]): Lecture {
  const etat: EtatCsv = { colonnes: [], illisibles: [], guillemet: null };
  try {
    const enregistrements = parse(texte, optionsCsv(texte, options, etat)) as unknown as EnregistrementCsv[];
    return resultatCsv(enregistrements, etat, avertissements);
  } catch (e) {
    return echecCsv(e);
  }
}

/** Characters fed to the streaming CSV parser between two pauses (a few milliseconds of parsing). */
const TRANCHE_CSV = 64 * 1024;

/** `lireCsv` through the streaming parser, pausing between slices of the text (background import). */
async function lireCsvParTranches(
  texte: string,
  options: OptionsLecture,
  avertissements: string[],
  ceder: () => Promise<void>,
): Promise<Lecture> {
  const etat: EtatCsv = { colonnes: [], illisibles: [], guillemet: null };
  const enregistrements: EnregistrementCsv[] = [];
  const parseur = parseFlux(optionsCsv(texte, options, etat));
  parseur.on('readable', () => {
    for (let r = parseur.read(); r !== null; r = parseur.read()) enregistrements.push(r as EnregistrementCsv);
  });
  const fin = new Promise<void>((resolve, reject) => {
    parseur.on('end', resolve);
    parseur.on('error', reject);
  });
  // Without this, an error while we are still writing would be an unhandled rejection.
  fin.catch(() => {});
  try {
    for (let i = 0; i < texte.length; i += TRANCHE_CSV) {
      if (parseur.destroyed) break;
      parseur.write(texte.slice(i, i + TRANCHE_CSV));
      await ceder();
    }
    parseur.end();
    await fin;
    return resultatCsv(enregistrements, etat, avertissements);
  } catch (e) {
    if (e instanceof ArretDemande) throw e;
    return echecCsv(e);
  }
}

/** What both readers share: size, encoding and kind of the file, or the French reason it is refused. */
function preparer(
  contenu: Buffer,
  nomFichier: string,
): { texte: string; avertissements: string[]; json: boolean } | { erreur: Lecture } {
  if (contenu.length > TAILLE_MAX_OCTETS) {
    return {
      erreur: echec(
        `Le fichier dépasse ${TAILLE_MAX_OCTETS / 1024 / 1024} Mo : découpez-le en plusieurs fichiers.`,
      ),
    };
  }
  const decode = decoder(contenu);
  if ('erreur' in decode) return { erreur: echec(decode.erreur) };
  const texte = decode.texte.replace(/^\uFEFF/, '');
  if (texte.trim() === '') return { erreur: echec('Le fichier est vide.') };
  const avertissements = decode.avertissement ? [decode.avertissement] : [];
  const extension = nomFichier.toLowerCase().split('.').pop() ?? '';
  const json =
    extension === 'json' ||
    extension === 'geojson' ||
    (extension !== 'csv' && /^[[{]/.test(texte.trimStart()));
  return { texte, avertissements, json };
}

/** Reads an uploaded or local file into rows, with a French message for anything unreadable. */
export function lireFichier(contenu: Buffer, nomFichier: string, options: OptionsLecture = {}): Lecture {
  const p = preparer(contenu, nomFichier);
  if ('erreur' in p) return p.erreur;
  return p.json ? lireJson(p.texte, options, p.avertissements) : lireCsv(p.texte, options, p.avertissements);
}

/**
 * `lireFichier` for the background import: a CSV is parsed in slices with `ceder` between them (a
 * 20,000-row file took 0.8 s in one go). JSON is parsed at once (JSON.parse cannot be sliced; ≈ 0.1 s
 * for a national file).
 */
export async function lireFichierParTranches(
  contenu: Buffer,
  nomFichier: string,
  options: OptionsLecture,
  ceder: () => Promise<void>,
): Promise<Lecture> {
  const p = preparer(contenu, nomFichier);
  if ('erreur' in p) return p.erreur;
  return p.json
    ? lireJson(p.texte, options, p.avertissements)
    : lireCsvParTranches(p.texte, options, p.avertissements, ceder);
}
