const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) of an instant in Europe/Paris, where the programme's dates live. */
export function jourParis(instant: Date): string {
  return FORMAT.format(instant);
}
