import { normaliserNom } from './normalisation.ts';

/** What a person typed in a commune field, once understood. */
export type RechercheCommune =
  /** Five characters: an INSEE code (02408, 2A004) or a postal code (02000); both are looked up. */
  | { type: 'code'; code: string }
  /** One to four digits: the beginning of a postal code. */
  | { type: 'debut-code-postal'; prefixe: string }
  /** A name, possibly qualified by a postal code or a département: "Laon (02000)", "Saint-Denis (974)". */
  | { type: 'nom'; nom: string; codePostal?: string; departement?: string };

const CODE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/;
const QUALIFICATIF = /^(.*?)\s*\(\s*(\d{5}|\d{2,3}|2[AB])\s*\)\s*$/i;
const CODE_POSTAL_ISOLE = /(?:^|\s)(\d{5})(?=\s|$)/;

export function estCodeCommune(value: string): boolean {
  return CODE_COMMUNE.test(value);
}

/** Understands free text typed in a commune field; null when nothing usable was typed. */
export function analyserRecherche(texte: string): RechercheCommune | null {
  const brut = texte.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (brut === '') return null;
  const majuscules = brut.toUpperCase();
  if (CODE_COMMUNE.test(majuscules)) return { type: 'code', code: majuscules };
  if (/^\d{1,4}$/.test(brut)) return { type: 'debut-code-postal', prefixe: brut };

  let reste = brut;
  let codePostal: string | undefined;
  let departement: string | undefined;
  const qualifie = QUALIFICATIF.exec(brut);
  if (qualifie) {
    reste = qualifie[1] ?? '';
    const q = (qualifie[2] ?? '').toUpperCase();
    if (q.length === 5) codePostal = q;
    else departement = q;
  } else {
    const isole = CODE_POSTAL_ISOLE.exec(brut);
    if (isole) {
      codePostal = isole[1];
      reste = `${brut.slice(0, isole.index)} ${brut.slice(isole.index + isole[0].length)}`;
    }
  }
  const nom = normaliserNom(reste);
  if (nom === '') {
    if (codePostal) return { type: 'code', code: codePostal };
    return null;
  }
  return {
    type: 'nom',
    nom,
    ...(codePostal ? { codePostal } : {}),
    ...(departement ? { departement } : {}),
  };
}

/** Escapes LIKE wildcards so that user text is matched literally (one implementation, in db/). */
export { echapperLike } from '../../../db/like.ts';

/** How a commune is shown in a field and recognised again: "Laon (02000)", or "Nom (dép.)" without postal code. */
export function libelleCommune(c: { nom: string; codesPostaux: string[]; departement: string }): string {
  const codePostal = [...c.codesPostaux].sort()[0];
  return `${c.nom} (${codePostal ?? c.departement})`;
}

/** 0: the exact name; 1: the name starts with the text; 2: similar (trigrams). */
export type Rang = 0 | 1 | 2;

export function rangCorrespondance(nomRecherche: string, nomSaisi: string): Rang {
  if (nomRecherche === nomSaisi) return 0;
  if (nomRecherche.startsWith(nomSaisi)) return 1;
  return 2;
}

export interface Candidat {
  code: string;
  nom: string;
  nomRecherche: string;
  population: number | null;
  /** pg_trgm word_similarity of the typed name within the commune name (0–1). */
  similariteMot?: number;
  /** pg_trgm similarity of the whole names (0–1). */
  similarite?: number;
}

/**
 * How close a similar name is: the typed text found as a word inside the name weighs twice the likeness
 * of the whole names (so "etienne" prefers "Saint-Étienne" to "Saint-Étienne-de-Tulmont").
 * queries.ts orders by the same expression.
 */
export function scoreSimilarite(c: Pick<Candidat, 'similariteMot' | 'similarite'>): number {
  return 2 * (c.similariteMot ?? 0) + (c.similarite ?? 0);
}

/**
 * The ranking rule: exact name, then names starting with the text, then similar names (closest first, see scoreSimilarite);
 * ties go to the most populated commune, then alphabetical order so that results are stable.
 */
export function classerCandidats<T extends Candidat>(candidats: T[], nomSaisi: string, limite: number): T[] {
  const uniques = [...new Map(candidats.map((c) => [c.code, c] as const)).values()];
  const rangs = new Map(uniques.map((c) => [c.code, rangCorrespondance(c.nomRecherche, nomSaisi)]));
  return uniques
    .sort((a, b) => {
      const ra = rangs.get(a.code)!;
      const rb = rangs.get(b.code)!;
      if (ra !== rb) return ra - rb;
      if (ra === 2) {
        const proximite = scoreSimilarite(b) - scoreSimilarite(a);
        if (Math.abs(proximite) > 1e-6) return proximite;
      }
      const population = (b.population ?? -1) - (a.population ?? -1);
      if (population !== 0) return population;
      return a.nom.localeCompare(b.nom, 'fr') || a.code.localeCompare(b.code);
    })
    .slice(0, limite);
}

/** Orders département codes as people expect: 01…19, 2A, 2B, 21…95, 971…989. */
export function cleTriDepartement(code: string): string {
  if (code === '2A' || code === '2B') return `20${code[1]}`;
  return code.length === 2 ? `${code}0` : code;
}
