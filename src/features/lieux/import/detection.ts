import { CHAMPS_LISTE, CHAMPS_OBLIGATOIRES, CHAMPS_STANDARD } from '../domain/standard/champs.ts';
import { cleEnumeration, SERVICES } from '../domain/standard/enumerations.ts';
import { estServiceV0 } from '../domain/standard/v0.ts';
import {
  COLONNES_V0,
  COLONNES_V1,
  correspondancesIntegrees,
  type Format,
  resoudreFormat,
} from './formats.ts';
import type { LigneLue } from './lecture.ts';

/**
 * Automatic choice of an import's format (issue 8, defect 10): a v0 file imported as v1 kept its rows
 * but silently lost every `;`-joined list. The file's columns, the separator inside its list cells and
 * the vocabulary of its services decide; a guess that is not clear-cut is refused with the reasons.
 */
export type Detection =
  | { ok: true; format: Format; raison: string }
  | { ok: false; message: string; candidats: string[] };

/** Columns only the old standard has, and only v1 has (beyond those formats.ts checks). */
const SEULEMENT_V0 = [...COLONNES_V0, 'labels_autres', 'cle_ban', 'public_accueillis'];
const SEULEMENT_V1 = [
  ...COLONNES_V1,
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'itinerance',
];
/** Every column name of either version of the standard. */
const STANDARD = new Set<string>([...CHAMPS_STANDARD, ...SEULEMENT_V0]);
const CELLULES_LISTE = [...CHAMPS_LISTE, ...SEULEMENT_V0.filter((c) => c !== 'cle_ban')];
const SERVICES_V1 = new Set(SERVICES.map(cleEnumeration));
const ECHANTILLON = 1000;
/** Share of a mapping's columns the file must hold, and the lead the best mapping needs over the next. */
const SEUIL_CORRESPONDANCE = 0.6;
const ECART_CORRESPONDANCE = 0.15;
/** A file with the standard's columns goes to a mapping only when it holds nearly all its columns. */
const SEUIL_SPECIFIQUE = 0.9;

const CHOISIR = 'Choisissez le format dans la liste « Format du fichier » et envoyez le fichier à nouveau.';

function extrait(noms: string[]): string {
  return noms.length > 4 ? `${noms.slice(0, 4).join(', ')}…` : noms.join(', ');
}

/** Clues for v0 and v1 in a file that has the standard's required columns. */
function indicesStandard(colonnes: Set<string>, lignes: LigneLue[]) {
  const v0: string[] = [];
  const v1: string[] = [];
  const colV0 = SEULEMENT_V0.filter((c) => colonnes.has(c));
  const colV1 = SEULEMENT_V1.filter((c) => colonnes.has(c));
  if (colV0.length > 0) v0.push(`colonnes de l’ancien standard (${extrait(colV0)})`);
  if (colV1.length > 0) v1.push(`colonnes du standard v1 (${extrait(colV1)})`);

  let pointVirgule = 0;
  let barre = 0;
  let servicesV0 = 0;
  let servicesV1 = 0;
  for (const { donnees } of lignes.slice(0, ECHANTILLON)) {
    for (const champ of CELLULES_LISTE) {
      const v = donnees[champ];
      if (typeof v !== 'string') continue;
      if (v.includes('|')) barre++;
      else if (v.includes(';')) pointVirgule++;
    }
    const services = donnees.services;
    const valeurs = Array.isArray(services)
      ? services.map(String)
      : typeof services === 'string'
        ? services.split(/[;|]/)
        : [];
    for (const s of valeurs) {
      if (SERVICES_V1.has(cleEnumeration(s))) servicesV1++;
      else if (estServiceV0(s)) servicesV0++;
    }
  }
  if (pointVirgule > barre) v0.push(`listes séparées par « ; » (${pointVirgule} cellules)`);
  if (barre > pointVirgule) v1.push(`listes séparées par « | » (${barre} cellules)`);
  if (servicesV0 > servicesV1) v0.push(`intitulés de services de l’ancien standard (${servicesV0})`);
  if (servicesV1 > servicesV0) v1.push(`intitulés de services du standard v1 (${servicesV1})`);
  return { v0, v1 };
}

function detecterStandard(colonnes: Set<string>, lignes: LigneLue[]): Detection {
  const { v0, v1 } = indicesStandard(colonnes, lignes);
  const format = (nom: 'v0' | 'v1') => {
    const r = resoudreFormat(nom);
    if (!r.ok) throw new Error(r.message);
    return r.format;
  };
  if (v0.length > 0 && v1.length === 0)
    return {
      ok: true,
      format: format('v0'),
      raison: `ancien standard v0, d’après les indices suivants : ${v0.join(' ; ')}`,
    };
  if (v1.length > 0 && v0.length === 0)
    return {
      ok: true,
      format: format('v1'),
      raison: `standard v1, d’après les indices suivants : ${v1.join(' ; ')}`,
    };
  if (v0.length > 0)
    return {
      ok: false,
      candidats: ['v1', 'v0'],
      message: `Format incertain : ce fichier a les colonnes du standard mais mêle des indices de la v1 (${v1.join(' ; ')}) et de l’ancienne v0 (${v0.join(' ; ')}). ${CHOISIR}`,
    };
  return {
    ok: false,
    candidats: ['v1', 'v0'],
    message: `Format incertain : ce fichier a les colonnes obligatoires du standard, mais rien n’indique s’il suit la v1 ou l’ancienne v0 (aucune colonne propre à une version, aucune liste de valeurs). ${CHOISIR}`,
  };
}

/** Built-in mappings with the share of the columns they read that the file holds. */
function scoresCorrespondances(colonnes: Set<string>) {
  return correspondancesIntegrees().flatMap((nom) => {
    const r = resoudreFormat(nom);
    if (!r.ok || !r.format.colonnesAttendues?.length) return [];
    const racines = [...new Set(r.format.colonnesAttendues.map((a) => a.split('.')[0] ?? a))];
    const presentes = racines.filter((a) => colonnes.has(a));
    const horsStandard = presentes.filter((a) => !STANDARD.has(a));
    return [{ nom, format: r.format, part: presentes.length / racines.length, horsStandard }];
  });
}

/**
 * A file "close to the standard" that a built-in mapping was written for (Aix-en-Provence, the
 * Charente bus…): it holds nearly every column the mapping reads, some of them outside the standard.
 */
function correspondanceSpecifique(colonnes: Set<string>): Detection | null {
  const completes = scoresCorrespondances(colonnes)
    .filter((s) => s.part >= SEUIL_SPECIFIQUE && s.horsStandard.length > 0)
    .sort((a, b) => b.part - a.part);
  const [premier, second] = completes;
  if (!premier) return null;
  if (second && premier.part - second.part < ECART_CORRESPONDANCE)
    return {
      ok: false,
      candidats: completes.map((s) => s.nom),
      message: `Format incertain : le fichier a presque toutes les colonnes de plusieurs correspondances fournies (${completes
        .map((s) => s.nom)
        .join(', ')}). ${CHOISIR}`,
    };
  return {
    ok: true,
    format: premier.format,
    raison: `correspondance fournie « ${premier.nom} » : le fichier a ${Math.round(premier.part * 100)} % des colonnes qu’elle lit, dont des colonnes hors du standard (${extrait(premier.horsStandard)})`,
  };
}

/** Built-in mappings scored by the share of the columns they read that the file holds. */
function detecterCorrespondance(colonnes: Set<string>): Detection {
  const scores = scoresCorrespondances(colonnes)
    .filter((s) => s.part >= SEUIL_CORRESPONDANCE)
    .sort((a, b) => b.part - a.part);
  const [premier, second] = scores;
  const pourcent = (p: number) => `${Math.round(p * 100)} %`;
  if (!premier)
    return {
      ok: false,
      candidats: [],
      message: `Format non reconnu : les colonnes du fichier (${extrait([...colonnes])}) ne sont ni celles du standard (il manque des colonnes obligatoires : id, pivot, nom, commune, code_postal, adresse, date_maj) ni celles d’une correspondance fournie. Choisissez un format, ou joignez un fichier de correspondance.`,
    };
  if (second && premier.part - second.part < ECART_CORRESPONDANCE)
    return {
      ok: false,
      candidats: scores.map((s) => s.nom),
      message: `Format incertain : les colonnes du fichier correspondent à plusieurs correspondances fournies (${scores
        .slice(0, 4)
        .map((s) => `${s.nom} ${pourcent(s.part)}`)
        .join(', ')}). ${CHOISIR}`,
    };
  return {
    ok: true,
    format: premier.format,
    raison: `correspondance fournie « ${premier.nom} » : le fichier a ${pourcent(premier.part)} des colonnes qu’elle lit${second ? ` (suivante : ${second.nom}, ${pourcent(second.part)})` : ''}`,
  };
}

/** The format of a read file, from its columns and its first rows (pure). */
export function detecterFormat(colonnes: string[], lignes: LigneLue[]): Detection {
  const presentes = new Set(colonnes);
  const obligatoires = CHAMPS_OBLIGATOIRES.filter((c) => presentes.has(c)).length;
  // A standard file missing one required column is still a standard file: validation names the column.
  if (obligatoires >= CHAMPS_OBLIGATOIRES.length - 1)
    return correspondanceSpecifique(presentes) ?? detecterStandard(presentes, lignes);
  return detecterCorrespondance(presentes);
}
