/** Display formats of the recruitment pages (French, Europe/Paris). */

const NOMBRE = new Intl.NumberFormat('fr-FR');
const DATE_LONGUE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const DATE_HEURE = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

export const nombre = (n: number) => NOMBRE.format(n);
export const euros = (n: number) => `${NOMBRE.format(n)} €`;

/** "19 février 2021" from "2021-02-19" (a calendar date, no time zone shift). */
export function dateJour(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : DATE_LONGUE.format(d);
}

export function dateHeure(d: Date | null | undefined): string {
  return d ? DATE_HEURE.format(d) : '—';
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
