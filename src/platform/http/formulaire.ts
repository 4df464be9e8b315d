import type { z } from 'zod';
import type { FieldErrors } from '../../ui/components/form.tsx';
import { fieldErrors } from './form-errors.ts';

/** Longest text accepted in one form field (the body limit bounds the whole form). */
export const LONGUEUR_CHAMP_MAX = 20_000;
/** Control characters other than tab and line breaks: never typed by a person. */
function aUnCaractereDeControle(texte: string): boolean {
  for (let i = 0; i < texte.length; i++) {
    const c = texte.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

export type Valeurs = Record<string, string>;

export interface ChampsLus {
  /** Each single-valued field as text ("" when absent is left to the schema). */
  valeurs: Valeurs;
  /** Fields allowed to repeat (checkbox groups, multiple selects), as arrays. */
  listes: Record<string, string[]>;
  /** Fields sent in a way no form of ours sends them. */
  erreurs: FieldErrors;
}

/**
 * Reads a url-encoded or JSON body (or a query string) as a person's form: one text per field, lists only
 * where the form has them, no control characters, bounded lengths. `_csrf` is left out.
 */
export function lireChamps(entree: unknown, options: { listes?: readonly string[] } = {}): ChampsLus {
  const valeurs: Valeurs = {};
  const listes: Record<string, string[]> = {};
  const erreurs: FieldErrors = {};
  const permisEnListe = new Set(options.listes ?? []);
  for (const nom of permisEnListe) listes[nom] = [];
  if (!entree || typeof entree !== 'object') return { valeurs, listes, erreurs };
  for (const [nom, brut] of Object.entries(entree as Record<string, unknown>)) {
    if (nom === '_csrf') continue;
    const textes = (Array.isArray(brut) ? brut : [brut]).map((v) =>
      typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null,
    );
    if (textes.some((t) => t === null)) {
      erreurs[nom] = 'Ce champ a une forme inattendue : saisissez du texte.';
      continue;
    }
    const liste = textes as string[];
    if (liste.some(aUnCaractereDeControle)) {
      erreurs[nom] = 'Ce champ contient des caractères invisibles non autorisés : saisissez-le à nouveau.';
      continue;
    }
    if (liste.some((t) => t.length > LONGUEUR_CHAMP_MAX)) {
      erreurs[nom] = `Ce champ dépasse ${LONGUEUR_CHAMP_MAX.toLocaleString('fr-FR')} caractères.`;
      continue;
    }
    if (permisEnListe.has(nom)) listes[nom] = liste;
    else if (liste.length > 1)
      erreurs[nom] = 'Ce champ a été envoyé plusieurs fois : gardez une seule valeur.';
    else valeurs[nom] = liste[0] ?? '';
  }
  return { valeurs, listes, erreurs };
}

/**
 * A body sent in a way no form of ours sends it (a field repeated, an object where text is expected, an
 * invisible character): answered 400 with this French message, nothing written.
 */
export class FormulaireMalForme extends Error {
  readonly statusCode = 400;
  readonly code = 'formulaire_mal_forme';
}

/** `lireChamps` for routes that show no per-field errors: a malformed field refuses the whole request. */
export function lireChampsOuRefuser(
  entree: unknown,
  options: { listes?: readonly string[] } = {},
): Omit<ChampsLus, 'erreurs'> {
  const { valeurs, listes, erreurs } = lireChamps(entree, options);
  const premier = Object.entries(erreurs)[0];
  if (premier) {
    throw new FormulaireMalForme(
      `Le formulaire envoyé est mal formé (champ « ${premier[0]} ») : ${premier[1]} Rechargez la page puis recommencez : rien n’a été enregistré.`,
    );
  }
  return { valeurs, listes };
}

export type Lecture<T> =
  | { ok: true; data: T; valeurs: Valeurs }
  | { ok: false; erreurs: FieldErrors; valeurs: Valeurs };

/**
 * A form read and validated in one step: the values to show back on error, and the French message of
 * each field (the schemas carry French messages; the platform's zod error map covers the rest).
 */
export function lireFormulaire<S extends z.ZodType>(
  schema: S,
  entree: unknown,
  options: { listes?: readonly string[] } = {},
): Lecture<z.output<S>> {
  const { valeurs, listes, erreurs } = lireChamps(entree, options);
  if (Object.keys(erreurs).length > 0) return { ok: false, erreurs, valeurs };
  const r = schema.safeParse({ ...valeurs, ...listes });
  if (!r.success) return { ok: false, erreurs: fieldErrors(r.error), valeurs };
  return { ok: true, data: r.data, valeurs };
}
