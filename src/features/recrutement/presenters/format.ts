import { dateFr, dateHeureFr } from '../../../platform/valeurs/typographie.ts';

/** Display formats of the recruitment pages (French, Europe/Paris). */

const NOMBRE = new Intl.NumberFormat('fr-FR');

export const nombre = (n: number) => NOMBRE.format(n);
export const euros = (n: number) => `${NOMBRE.format(n)} €`;

/** "19 février 2021", "1er mars 2021" from "2021-03-01" (a calendar date, no time zone shift). */
export function dateJour(iso: string | null | undefined): string {
  return dateFr(iso);
}

/** "1er avril 2021 à 10:05" (Europe/Paris). */
export function dateHeure(d: Date | null | undefined): string {
  return dateHeureFr(d);
}

export function pluriel(n: number, un: string, plusieurs: string): string {
  return `${nombre(n)} ${n > 1 ? plusieurs : un}`;
}

export function pourcentage(part: number, total: number): string {
  if (total <= 0) return '—';
  return `${NOMBRE.format(Math.round((part / total) * 1000) / 10)} %`;
}

export function distance(km: number | null | undefined): string {
  return km === null || km === undefined ? '—' : `${NOMBRE.format(km)} km`;
}
