import { lireEmail } from '../../../platform/valeurs/email.ts';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { NOTES_MAX } from '../domain/saisie.ts';
import {
  codes,
  GENRES,
  type Genre,
  STATUTS_SOCIAUX,
  type StatutSocial,
  TRANCHES_AGE,
  type TrancheAge,
} from '../domain/vocabulaire.ts';

/** What the edit form sends, as text (shown back as typed on error). */
export interface ValeursBeneficiaire {
  prenom: string;
  nom: string;
  telephone: string;
  courriel: string;
  anneeNaissance: string;
  genre: string;
  trancheAge: string;
  statutSocial: string;
  commune: string;
  communeCode: string;
  notes: string;
}

/** The checked values, ready to write (the commune is resolved by the use case). */
export interface ModificationBeneficiaire {
  prenom: string;
  nom: string;
  telephone: string | null;
  courriel: string | null;
  anneeNaissance: number | null;
  genre: Genre;
  trancheAge: TrancheAge;
  statutSocial: StatutSocial;
  notes: string | null;
}

export const NOM_MAX = 100;
export const TELEPHONE_MAX = 30;

export const LIBELLES_CHAMPS: Record<keyof ValeursBeneficiaire, string> = {
  prenom: 'Prénom',
  nom: 'Nom',
  telephone: 'Téléphone',
  courriel: 'Adresse électronique',
  anneeNaissance: 'Année de naissance',
  genre: 'Genre',
  trancheAge: 'Tranche d’âge',
  statutSocial: 'Statut',
  commune: 'Commune de résidence',
  communeCode: 'Commune de résidence',
  notes: 'Notes',
};

const CHAMPS = Object.keys(LIBELLES_CHAMPS) as (keyof ValeursBeneficiaire)[];

/** The form's fields from already-read text values (lireChamps refused control characters). */
export function valeursDepuis(champs: Record<string, string>): ValeursBeneficiaire {
  const v = {} as ValeursBeneficiaire;
  for (const c of CHAMPS) v[c] = champs[c] ?? '';
  return v;
}

function inclus<C extends string>(liste: readonly C[], v: string): v is C {
  return (liste as readonly string[]).includes(v);
}

const TELEPHONE = /^\+?[0-9 .()-]{6,}$/;

/** The edit rules; `annee` is the current year. French message by field, or the values to write. */
export function verifierModification(
  v: ValeursBeneficiaire,
  annee: number,
): { ok: true; valeur: ModificationBeneficiaire } | { ok: false; erreurs: FieldErrors } {
  const e: FieldErrors = {};
  const prenom = v.prenom.trim();
  const nom = v.nom.trim();
  if (!prenom) e.prenom = 'Saisissez le prénom de la personne.';
  else if (prenom.length > NOM_MAX) e.prenom = `Le prénom fait au plus ${NOM_MAX} caractères.`;
  if (!nom) e.nom = 'Saisissez le nom de la personne.';
  else if (nom.length > NOM_MAX) e.nom = `Le nom fait au plus ${NOM_MAX} caractères.`;
  const telephone = v.telephone.trim();
  if (telephone && (telephone.length > TELEPHONE_MAX || !TELEPHONE.test(telephone)))
    e.telephone = 'Saisissez un numéro de téléphone valide, par exemple 03 23 00 00 00.';
  const courriel = v.courriel.trim();
  const email = courriel ? lireEmail(courriel) : null;
  if (courriel && !email)
    e.courriel = 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.';
  const anneeTexte = v.anneeNaissance.trim();
  const anneeNaissance = anneeTexte ? Number(anneeTexte) : null;
  if (
    anneeNaissance !== null &&
    (!/^\d{4}$/.test(anneeTexte) || anneeNaissance < annee - 120 || anneeNaissance > annee)
  )
    e.anneeNaissance = 'Saisissez une année de naissance valide, par exemple 1958.';
  if (!inclus(codes(GENRES), v.genre)) e.genre = 'Choisissez un genre de la liste.';
  if (!inclus(codes(TRANCHES_AGE), v.trancheAge)) e.trancheAge = 'Choisissez une tranche d’âge de la liste.';
  if (!inclus(codes(STATUTS_SOCIAUX), v.statutSocial)) e.statutSocial = 'Choisissez un statut de la liste.';
  const notes = v.notes.trim();
  if (notes.length > NOTES_MAX) e.notes = `Les notes ne peuvent pas dépasser ${NOTES_MAX} caractères.`;
  if (Object.keys(e).length > 0) return { ok: false, erreurs: e };
  return {
    ok: true,
    valeur: {
      prenom,
      nom,
      telephone: telephone || null,
      courriel: email,
      anneeNaissance,
      genre: v.genre as Genre,
      trancheAge: v.trancheAge as TrancheAge,
      statutSocial: v.statutSocial as StatutSocial,
      notes: notes || null,
    },
  };
}
