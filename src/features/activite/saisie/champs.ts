import type { Db } from '../../../db/client.ts';
import { lireChamps, type Valeurs } from '../../../platform/http/formulaire.ts';
import type { CommuneCandidate } from '../../../ui/components/commune-field.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { resolveCommune } from '../../territoires/index.ts';
import type { SaisieActivite } from '../domain/saisie.ts';
import { DUREES_PROPOSEES, type TypeLieu } from '../domain/vocabulaire.ts';

/** What a form sent, as text, to show back on error. */
export interface ValeursFormulaire {
  v: Valeurs;
  listes: Record<string, string[]>;
}

/** The parts of a form both activity forms share (when, how long, where, themes, equipment, notes). */
export const LISTES_COMMUNES = ['thematiquesNumeriques', 'thematiquesAdministratives', 'materiel'] as const;

export function valeursVides(): ValeursFormulaire {
  return { v: {}, listes: Object.fromEntries(LISTES_COMMUNES.map((n) => [n, []])) };
}

/** Reads a body or query as a person's form; malformed fields (repeated, control characters) are errors. */
export function lireCorps(entree: unknown, listes: readonly string[]) {
  const { valeurs, listes: l, erreurs } = lireChamps(entree, { listes: [...LISTES_COMMUNES, ...listes] });
  return { valeurs: { v: valeurs, listes: l } satisfies ValeursFormulaire, erreurs };
}

/** "14/03/2025" or "2025-03-14" → "2025-03-14" (anything else is kept for the rules to refuse). */
export function dateIso(texte: string): string {
  const t = texte.trim();
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (fr) return `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`;
  return t;
}

/** A whole number typed by a person, or NaN (refused by the rules with their message). */
export function entier(texte: string | undefined): number {
  const t = (texte ?? '').trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : Number.NaN;
}

export function duree(v: Valeurs): number {
  const choix = v.duree ?? '';
  if (choix === 'autre') return entier(v.dureeAutre);
  return entier(choix);
}

export const DUREE_PAR_DEFAUT = '30';
export const estDureeProposee = (minutes: number) =>
  (DUREES_PROPOSEES as readonly number[]).includes(minutes);

/** The "where" radio: `lieu:<id>` for a place of the structure, or a place type. */
export function lieu(v: Valeurs): { typeLieu: TypeLieu; lieuId: string | null } {
  const ou = v.ou ?? '';
  if (ou.startsWith('lieu:')) return { typeLieu: 'lieu_activite', lieuId: ou.slice(5) || null };
  return { typeLieu: ou as TypeLieu, lieuId: null };
}

export const texteOuNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The part of a SaisieActivite every activity form fills the same way (communeInsee is resolved apart). */
export function partieCommune(
  f: ValeursFormulaire,
): Omit<SaisieActivite, 'type' | 'participants' | 'titre' | 'niveau' | 'autonomie' | 'communeInsee'> {
  const v = f.v;
  return {
    date: dateIso(v.date ?? ''),
    dureeMinutes: duree(v),
    ...lieu(v),
    atelierId: null,
    thematiquesNumeriques: (f.listes.thematiquesNumeriques ?? []) as SaisieActivite['thematiquesNumeriques'],
    thematiquesAdministratives: (f.listes.thematiquesAdministratives ??
      []) as SaisieActivite['thematiquesAdministratives'],
    materiel: (f.listes.materiel ?? []) as SaisieActivite['materiel'],
    orientation: (texteOuNull(v.orientation) as SaisieActivite['orientation']) ?? null,
    notes: texteOuNull(v.notes),
  };
}

export type Candidats = Record<string, CommuneCandidate[]>;

/**
 * Resolves a commune field (text + code) without JavaScript: empty is null, an unknown or ambiguous
 * text is an error on the field, with the communes to choose from.
 */
export async function communeDe(
  db: Db,
  v: Valeurs,
  champ: string,
  erreurs: FieldErrors,
  candidats: Candidats,
): Promise<string | null> {
  const texte = v[champ] ?? '';
  const code = v[`${champ}_code`] ?? '';
  if (!texte.trim() && !code.trim()) return null;
  if (texte.length > 200 || code.length > 10) {
    erreurs[champ] = 'Saisissez le nom de la commune ou son code postal, par exemple « Laon » ou « 02000 ».';
    return null;
  }
  const r = await resolveCommune(db, texte, code);
  if (r.ok) {
    v[champ] = r.commune.libelle;
    v[`${champ}_code`] = r.commune.code;
    return r.commune.code;
  }
  erreurs[champ] = r.message;
  candidats[champ] = r.candidates.map((c) => ({
    code: c.code,
    libelle: c.libelle,
    departementNom: c.departementNom,
    population: c.population,
  }));
  return null;
}

/** Use-case field names → the form's field names (so that each message lands on its field). */
export function erreursVersChamps(erreurs: Record<string, string>, renommage: Record<string, string>) {
  const out: FieldErrors = {};
  for (const [cle, message] of Object.entries(erreurs)) {
    const champ = renommage[cle] ?? cle.replace(/^beneficiaire\./, '');
    if (!(champ in out)) out[champ] = message;
  }
  return out;
}

export const RENOMMAGE_COMMUN: Record<string, string> = {
  dureeMinutes: 'duree',
  typeLieu: 'ou',
  lieuId: 'ou',
  communeInsee: 'commune',
};
