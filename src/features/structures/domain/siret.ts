import { fail, ok, type Result } from '../../../platform/result.ts';

declare const siretBrand: unique symbol;
/** A SIRET that passed the format and checksum rules; build it with parseSiret only. */
export type Siret = string & { readonly [siretBrand]: true };

/** La Poste's SIREN: its establishments' SIRETs do not follow Luhn (digit sum multiple of 5 instead). */
export const SIREN_LA_POSTE = '356000000';

/** Luhn checksum over a string of digits (SIREN and SIRET use it). */
export function luhnValide(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function sommeChiffres(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum;
}

/** Accepts spaces, dots and dashes as people type them ("213 100 555 00017"). */
export function parseSiret(input: string): Result<Siret> {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{14}$/.test(digits)) {
    return fail('siret_format', 'Le numéro SIRET doit comporter exactement 14 chiffres.', 422, {
      siret: 'Le numéro SIRET doit comporter exactement 14 chiffres.',
    });
  }
  const valide = digits.startsWith(SIREN_LA_POSTE) ? sommeChiffres(digits) % 5 === 0 : luhnValide(digits);
  if (!valide) {
    const message = 'Ce numéro SIRET n’existe pas : vérifiez les chiffres (la clé de contrôle est fausse).';
    return fail('siret_invalide', message, 422, { siret: message });
  }
  return ok(digits as Siret);
}

export function isSiret(input: string): input is Siret {
  return parseSiret(input).ok;
}

/** The SIREN (company) part of a SIRET (establishment). */
export function sirenDe(siret: Siret): string {
  return siret.slice(0, 9);
}
