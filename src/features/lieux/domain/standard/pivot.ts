import { parseSiret } from '../../../structures/index.ts';

export type TypePivot = 'siret' | 'rna' | 'ridet';

/** The national dataset's convention for "SIRET unknown": passes the pattern and the checksum. */
export const PIVOT_INCONNU = '00000000000000';

export type ResultatPivot = { ok: true; valeur: string; type: TypePivot } | { ok: false; raison: string };

/** Nouvelle-Calédonie and Polynésie française identify organisations by RIDET / numéro TAHITI. */
function estPacifique(codePostal: string | null | undefined): boolean {
  return /^98[78]/.test(codePostal ?? '');
}

/**
 * The `pivot` field: a SIRET (14 digits, Luhn checksum; La Poste's establishments use a digit-sum rule),
 * an RNA number (W + 9 characters) or, in the Pacific, a RIDET. Spaces and dots are tolerated.
 */
export function validerPivot(brut: string, codePostal?: string | null): ResultatPivot {
  const valeur = brut.replace(/[\s.\-_]/g, '').toUpperCase();
  if (valeur === '') return { ok: false, raison: 'Le SIRET ou le numéro RNA est obligatoire.' };
  if (/^\d{14}$/.test(valeur)) {
    const siret = parseSiret(valeur);
    if (!siret.ok) return { ok: false, raison: 'SIRET invalide : la clé de contrôle (Luhn) est fausse.' };
    return { ok: true, valeur, type: 'siret' };
  }
  if (/^W[0-9A-Z]{9}$/.test(valeur)) return { ok: true, valeur, type: 'rna' };
  if (estPacifique(codePostal) && /^[A-Z0-9]{9,14}$/.test(valeur)) return { ok: true, valeur, type: 'ridet' };
  if (/^\d{9}$/.test(valeur)) {
    return {
      ok: false,
      raison: 'C’est un SIREN (9 chiffres) : indiquez le SIRET de l’établissement (14 chiffres).',
    };
  }
  if (/^\d+$/.test(valeur)) {
    return { ok: false, raison: `Un SIRET compte 14 chiffres (ici ${valeur.length}).` };
  }
  return {
    ok: false,
    raison: 'Attendu : un SIRET (14 chiffres) ou un numéro RNA (W suivi de 9 caractères).',
  };
}
