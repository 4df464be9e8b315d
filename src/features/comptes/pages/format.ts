const DATE_HEURE = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const NOMBRE = new Intl.NumberFormat('fr-FR');

export const dateHeure = (d: Date | null) => (d ? DATE_HEURE.format(d) : 'jamais');
export const nombre = (n: number) => NOMBRE.format(n);
