import { z } from 'zod';

/** A code that has been checked once, at the boundary; the brand keeps raw strings out. */
export type CodeDepartement = string & { readonly __marque: 'CodeDepartement' };
export type CodeInsee = string & { readonly __marque: 'CodeInsee' };
export type CodePostal = string & { readonly __marque: 'CodePostal' };

/**
 * Départements of metropolitan France (01–95, with 2A and 2B in place of 20), overseas départements
 * (971–976) and collectivités (975, 977, 978, 984–989). One rule for the whole platform.
 */
const DEPARTEMENT = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[4-9])$/;
/** A commune's INSEE code: five digits, or 2A/2B followed by three digits in Corsica. */
const INSEE = /^(?:\d{5}|2[AB]\d{3})$/;
const POSTAL = /^\d{5}$/;

const nettoyer = (v: string) => v.trim().toUpperCase();

export function lireCodeDepartement(valeur: string): CodeDepartement | null {
  const v = nettoyer(valeur);
  return DEPARTEMENT.test(v) ? (v as CodeDepartement) : null;
}

export function lireCodeInsee(valeur: string): CodeInsee | null {
  const v = nettoyer(valeur);
  return INSEE.test(v) ? (v as CodeInsee) : null;
}

export function lireCodePostal(valeur: string): CodePostal | null {
  const v = valeur.trim();
  return POSTAL.test(v) ? (v as CodePostal) : null;
}

/** zod field for a département code (forms, query strings, API parameters, imports). */
export function codeDepartementSchema(
  message = 'Code de département invalide, par exemple 02, 2A ou 974.',
): z.ZodType<CodeDepartement, string> {
  return z
    .string({ error: message })
    .trim()
    .toUpperCase()
    .regex(DEPARTEMENT, message)
    .transform((v) => v as CodeDepartement);
}

export function codeInseeSchema(
  message = 'Code INSEE de commune invalide : 5 caractères, par exemple 02408 ou 2A004.',
): z.ZodType<CodeInsee, string> {
  return z
    .string({ error: message })
    .trim()
    .toUpperCase()
    .regex(INSEE, message)
    .transform((v) => v as CodeInsee);
}

export function codePostalSchema(
  message = 'Le code postal comporte 5 chiffres.',
): z.ZodType<CodePostal, string> {
  return z
    .string({ error: message })
    .trim()
    .regex(POSTAL, message)
    .transform((v) => v as CodePostal);
}
