import { MOTIFS } from './champs.ts';

/** Overseas national prefixes (0590…) and their country codes, for numbers written the French way. */
const OUTRE_MER: [RegExp, string][] = [
  [/^0(590|690|691)/, '+590'],
  [/^0(594|694)/, '+594'],
  [/^0(262|263|692|693)/, '+262'],
  [/^0(596|696|697)/, '+596'],
  [/^0(269|639)/, '+269'],
];

/**
 * Brings a phone number to the standard's international form (+33XXXXXXXXX, no spaces).
 * Accepts "01 23 45 67 89", "01.23.45.67.89", "+33 (0)1 23…", "0033…", "33123456789" and a
 * 9-digit number that lost its leading zero in a spreadsheet. Returns null when it cannot.
 */
export function normaliserTelephone(brut: string, codePostal?: string | null): string | null {
  let s = brut.trim().replace(/\(0\)/g, '');
  s = s.replace(/[\s.\-/()]/g, '');
  // Local numbers of Nouvelle-Calédonie (6 digits) and Polynésie française (8 digits).
  if (/^\d{6}$/.test(s) && codePostal?.startsWith('988')) s = `+687${s}`;
  if (/^\d{8}$/.test(s) && codePostal?.startsWith('987')) s = `+689${s}`;
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  if (/^\d{11,12}$/.test(s) && /^(33|590|594|262|596|269|687|689|508|681)/.test(s)) s = `+${s}`;
  if (/^\d{9}$/.test(s) && /^[1-9]/.test(s)) s = `0${s}`;
  if (/^0\d{9}$/.test(s)) {
    const outreMer = OUTRE_MER.find(([motif]) => motif.test(s));
    s = `${outreMer ? outreMer[1] : '+33'}${s.slice(1)}`;
  }
  // "+33 0X…" written with the trunk zero.
  s = s.replace(/^\+330(\d{9})$/, '+33$1');
  return MOTIFS.telephone.test(s) ? s : null;
}
