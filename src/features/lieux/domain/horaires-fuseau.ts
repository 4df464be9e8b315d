/**
 * Wall-clock time in a place's time zone. The `opening_hours` library reads dates through the process's
 * local getters (getDay, getHours…), so an instant is turned into a "local" Date that carries the place's
 * wall-clock components, whatever TZ the process runs in.
 */

export interface HeureMurale {
  annee: number;
  /** 1–12 */
  mois: number;
  jour: number;
  heure: number;
  minute: number;
  seconde: number;
  /** 0 = lundi … 6 = dimanche */
  jourSemaine: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
const JOURS_EN: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

function format(fuseau: string): Intl.DateTimeFormat {
  let f = formats.get(fuseau);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: fuseau,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formats.set(fuseau, f);
  }
  return f;
}

/** The wall-clock reading of `instant` in the IANA zone `fuseau`. */
export function heureMurale(instant: Date, fuseau: string): HeureMurale {
  // A results page reads the same instant for each of its places: the last reading per zone is kept
  // (formatToParts cost 8 % of a search page's time, issue 9).
  const t = instant.getTime();
  const derniere = dernieres.get(fuseau);
  if (derniere?.t === t) return { ...derniere.heure };
  const heure = lireHeureMurale(instant, fuseau);
  dernieres.set(fuseau, { t, heure });
  return { ...heure };
}

const dernieres = new Map<string, { t: number; heure: HeureMurale }>();

function lireHeureMurale(instant: Date, fuseau: string): HeureMurale {
  const parts: Record<string, string> = {};
  for (const p of format(fuseau).formatToParts(instant)) parts[p.type] = p.value;
  return {
    annee: Number(parts.year),
    mois: Number(parts.month),
    jour: Number(parts.day),
    heure: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    seconde: Number(parts.second),
    jourSemaine: JOURS_EN[parts.weekday ?? ''] ?? 0,
  };
}

/**
 * A Date whose local getters give the wall-clock time of `instant` in `fuseau` (what opening_hours reads).
 * Known limit: a wall time that falls in a DST gap of the process's own zone shifts by one hour; servers
 * run in UTC, where there is none.
 */
export function dateLocaleDepuis(instant: Date, fuseau: string): Date {
  const h = heureMurale(instant, fuseau);
  return new Date(h.annee, h.mois - 1, h.jour, h.heure, h.minute, h.seconde);
}

/** Minutes since Monday 00:00 of the week, wall clock. */
export function minuteDeLaSemaine(h: Pick<HeureMurale, 'jourSemaine' | 'heure' | 'minute'>): number {
  return h.jourSemaine * 1440 + h.heure * 60 + h.minute;
}

/** Day index (0 = lundi) of a "local" Date. */
export function jourSemaineLocal(d: Date): number {
  return (d.getDay() + 6) % 7;
}

/** Whole days between two "local" calendar dates (ignores the time of day and DST). */
export function joursEntre(a: Date, b: Date): number {
  const ua = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const ub = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((ub - ua) / 86_400_000);
}

/** Monday 00:00 ("local") of the week containing the "local" date `d`. */
export function lundiDe(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - jourSemaineLocal(d));
}
