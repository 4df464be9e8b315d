import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CHAMPS_OBLIGATOIRES, CHAMPS_STANDARD, type LigneStandard } from '../domain/standard/champs.ts';
import { convertirLigneV0 } from '../domain/standard/v0.ts';
import type { Anomalie } from '../domain/standard/validation.ts';
import { compilerCorrespondance } from './correspondance/moteur.ts';
import { type Correspondance, lireCorrespondance } from './correspondance/schema.ts';
import type { OptionsLecture } from './lecture.ts';

/** How rows of one kind of file become standard rows. */
export interface Format {
  /** What the report shows: "v1", "v0", "france-services", "correspondance : Hub…". */
  nom: string;
  lecture: OptionsLecture;
  /** Separator of multi-valued cells given as strings after conversion. */
  separateur: string;
  /** `ignoree`: the mapping leaves this row out, for this reason. */
  convertir(ligne: Record<string, unknown>): {
    ligne: LigneStandard;
    anomalies: Anomalie[];
    ignoree?: string;
  };
  /** Département of every row, when the producer is local: helps find a commune by its name. */
  departement?: string | undefined;
  /** A French message when the file's columns cannot be this format. */
  verifierColonnes(colonnes: string[]): string | null;
  /** Mappings: the source columns they read (automatic detection scores a file against them). */
  colonnesAttendues?: readonly string[];
  /** The "automatique" choice: the import detects the real format once the file is read (detection.ts). */
  automatique?: true;
}

/** Placeholder until the file is read: never converts a row itself. */
export const FORMAT_AUTOMATIQUE: Format = {
  nom: 'automatique',
  automatique: true,
  lecture: {},
  separateur: '|',
  convertir: () => {
    throw new Error('format automatique non résolu');
  },
  verifierColonnes: () => null,
};

export const DOSSIER_CORRESPONDANCES = path.join(import.meta.dirname, 'mappings');

/** Names of the mapping files shipped with the app (france-services, hub-lo, rhinocc…). */
export function correspondancesIntegrees(): string[] {
  return readdirSync(DOSSIER_CORRESPONDANCES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export const COLONNES_V0 = [
  'courriel',
  'publics_accueillis',
  'conditions_acces',
  'labels_nationaux',
  'accessibilite',
];
export const COLONNES_V1 = [
  'courriels',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'fiche_acces_libre',
];

function verifierStandard(version: 'v1' | 'v0') {
  return (colonnes: string[]): string | null => {
    const presentes = new Set(colonnes);
    const absentes = CHAMPS_OBLIGATOIRES.filter((c) => !presentes.has(c));
    if (absentes.length === 0) return null;
    const autre = version === 'v1' ? COLONNES_V0 : COLONNES_V1;
    const indice = autre.some((c) => presentes.has(c))
      ? ` Ce fichier semble être au format ${version === 'v1' ? 'v0 (ancien standard)' : 'v1'} : choisissez ce format.`
      : ' Pour un autre format de fichier, utilisez une correspondance (voir docs/lieux-mappings.md).';
    return `Colonnes obligatoires du standard absentes : ${absentes.join(', ')}.${indice}`;
  };
}

const FORMAT_V1: Format = {
  nom: 'v1',
  lecture: {},
  separateur: '|',
  convertir: (ligne) => ({
    ligne: Object.fromEntries(CHAMPS_STANDARD.map((c) => [c, ligne[c]])) as LigneStandard,
    anomalies: [],
  }),
  verifierColonnes: verifierStandard('v1'),
};

const FORMAT_V0: Format = {
  nom: 'v0',
  lecture: {},
  separateur: '|',
  convertir: (ligne) => ({ ligne: convertirLigneV0(ligne), anomalies: [] }),
  verifierColonnes: verifierStandard('v0'),
};

function colonnesReferencees(c: Correspondance): Set<string> {
  const noms = new Set<string>();
  JSON.stringify(c, (cle, valeur) => {
    if (cle === 'colonne' && typeof valeur === 'string') noms.add(valeur);
    if ((cle === 'colonnes' || cle === 'empreinte') && Array.isArray(valeur))
      for (const v of valeur) noms.add(String(v));
    return valeur;
  });
  return noms;
}

/** A format from a parsed mapping file. */
export function formatDepuisCorrespondance(c: Correspondance): Format {
  const convertir = compilerCorrespondance(c);
  const attendues = colonnesReferencees(c);
  return {
    nom: `correspondance : ${c.nom}`,
    lecture: { lignes: c.fichier?.lignes, separateur: c.fichier?.separateur },
    departement: c.departement,
    separateur: '|',
    convertir,
    colonnesAttendues: [...attendues],
    verifierColonnes: (colonnes) => {
      if (attendues.size === 0) return null;
      const racines = new Set(colonnes);
      const trouvee = [...attendues].some((a) => racines.has(a) || racines.has(a.split('.')[0] ?? a));
      return trouvee
        ? null
        : `Aucune des colonnes lues par la correspondance « ${c.nom} » n’est présente dans ce fichier : est-ce le bon fichier ?`;
    },
  };
}

/** Parses mapping JSON text (an uploaded or local file) into a format, or French errors. */
export function formatDepuisTexte(
  texte: string,
): { ok: true; format: Format } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(texte.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'Le fichier de correspondance n’est pas un JSON valide.' };
  }
  const r = lireCorrespondance(json);
  if (!r.ok)
    return {
      ok: false,
      message: `Fichier de correspondance invalide : ${r.erreurs.slice(0, 5).join(' ; ')}`,
    };
  return { ok: true, format: formatDepuisCorrespondance(r.correspondance) };
}

/**
 * `v1`, `v0`, the name of a built-in mapping (`france-services`, `hub-lo`…) or the path of a mapping file.
 * Reading a path is for the CLI; the web page passes uploaded mapping text to formatDepuisTexte.
 */
export function resoudreFormat(
  nom: string,
  options: { cheminsAutorises?: boolean } = {},
): { ok: true; format: Format } | { ok: false; message: string } {
  if (nom === 'automatique') return { ok: true, format: FORMAT_AUTOMATIQUE };
  if (nom === 'v1') return { ok: true, format: FORMAT_V1 };
  if (nom === 'v0') return { ok: true, format: FORMAT_V0 };
  if (/^[a-z0-9-]+$/.test(nom) && correspondancesIntegrees().includes(nom)) {
    const r = formatDepuisTexte(readFileSync(path.join(DOSSIER_CORRESPONDANCES, `${nom}.json`), 'utf8'));
    return r.ok ? { ok: true, format: { ...r.format, nom } } : r;
  }
  if (options.cheminsAutorises && nom.endsWith('.json')) {
    if (!existsSync(nom)) return { ok: false, message: `Fichier de correspondance introuvable : ${nom}` };
    return formatDepuisTexte(readFileSync(nom, 'utf8'));
  }
  return {
    ok: false,
    message: `Format inconnu « ${nom} » : attendu automatique, v1, v0, ${correspondancesIntegrees().join(', ')} ou le chemin d’un fichier de correspondance (.json).`,
  };
}
