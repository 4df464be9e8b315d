import { z } from 'zod';

/** An e-mail address checked once at the boundary: trimmed, at most 254 characters, one @, a dotted domain. */
export type Email = string & { readonly __marque: 'Email' };

const FORME = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const EMAIL_LONGUEUR_MAX = 254;
export const EMAIL_INVALIDE = 'Adresse électronique invalide, par exemple nom@exemple.fr.';

export function lireEmail(valeur: string): Email | null {
  const v = valeur.trim();
  return v.length <= EMAIL_LONGUEUR_MAX && FORME.test(v) ? (v as Email) : null;
}

/** Same address whatever the case the person typed it in (accounts, invitations, duplicates). */
export function emailCanonique(email: Email): Email {
  return email.toLowerCase() as Email;
}

/** zod field for an e-mail; `requis` is the message when the field is left empty. */
export function emailSchema(options: { requis?: string; invalide?: string } = {}): z.ZodType<Email, string> {
  const requis = options.requis ?? 'Indiquez une adresse électronique.';
  const invalide = options.invalide ?? EMAIL_INVALIDE;
  return z
    .string({ error: requis })
    .trim()
    .min(1, requis)
    .max(EMAIL_LONGUEUR_MAX, `L’adresse électronique dépasse ${EMAIL_LONGUEUR_MAX} caractères.`)
    .regex(FORME, invalide)
    .transform((v) => v as Email);
}
