import { estJourIso } from '../../../platform/valeurs/jour-paris.ts';
/**
 * Pass numérique cheques: a cheque is identified by its printed number, normalised (spaces and hyphens
 * removed, upper case) and unique across the platform. Accepted format: 8 to 20 letters or digits.
 */

export const NUMERO_CHEQUE = /^[A-Z0-9]{8,20}$/;
export const VALEUR_MIN_CENTIMES = 100;
export const VALEUR_MAX_CENTIMES = 10_000;
export const EMETTEUR_MAX = 100;
/** How many cheques one activity may carry (one per participant at most, 100 participants). */
export const CHEQUES_MAX = 100;

/** Issuers a structure usually meets (suggestions: the field is free text). */
export const EMETTEURS_CONNUS = [
  'APTIC',
  'Conseil départemental',
  'Conseil régional',
  'Commune ou intercommunalité',
  'CCAS',
  'Caisse d’allocations familiales',
] as const;

/** A cheque as typed or sent, before its rules are checked. */
export interface ChequeSaisi {
  numero: string;
  emetteur: string;
  /** Face value in euro cents. */
  valeurCentimes: number;
  /** Last day of validity, AAAA-MM-JJ. */
  valableJusquau: string;
}

export function normaliserNumero(numero: string): string {
  return numero.replace(/[\s-]+/g, '').toUpperCase();
}

export function normaliserEmetteur(emetteur: string): string {
  return emetteur.trim().replace(/\s+/g, ' ');
}

/**
 * The rules of one cheque for an activity on `dateActivite`: French messages by field (empty: valid).
 * The number is expected normalised.
 */
export function verifierSaisieCheque(c: ChequeSaisi, dateActivite: string): Record<string, string> {
  const e: Record<string, string> = {};
  if (!NUMERO_CHEQUE.test(c.numero))
    e.numero = 'Le numéro du chèque compte de 8 à 20 lettres ou chiffres (les espaces sont ignorés).';
  if (!c.emetteur) e.emetteur = 'Indiquez l’émetteur du chèque, par exemple APTIC.';
  else if (c.emetteur.length > EMETTEUR_MAX)
    e.emetteur = `Le nom de l’émetteur fait au plus ${EMETTEUR_MAX} caractères.`;
  if (
    !Number.isInteger(c.valeurCentimes) ||
    c.valeurCentimes < VALEUR_MIN_CENTIMES ||
    c.valeurCentimes > VALEUR_MAX_CENTIMES
  )
    e.valeur = 'La valeur du chèque est comprise entre 1 et 100 euros.';
  if (!estJourIso(c.valableJusquau))
    e.valableJusquau = 'Saisissez la date de fin de validité, par exemple 31/12/2025.';
  else if (c.valableJusquau < dateActivite)
    e.valableJusquau = `Ce chèque n’était plus valable à la date de l’activité (valable jusqu’au ${dateFr(c.valableJusquau)}).`;
  return e;
}

/** "10,50" or "10" euros → cents; NaN when unreadable. */
export function centimesDepuisEuros(texte: string): number {
  const t = texte.trim().replace(/\s|€/g, '').replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(t)) return Number.NaN;
  return Math.round(Number(t) * 100);
}

export function eurosTexte(centimes: number): string {
  return `${(centimes / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
}

export function dateFr(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
