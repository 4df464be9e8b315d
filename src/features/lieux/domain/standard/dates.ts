const MOIS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  mar: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

function iso(annee: number, mois: number, jour: number): string | null {
  if (annee < 1900 || annee > 2100 || mois < 1 || mois > 12 || jour < 1) return null;
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  if (d.getUTCMonth() !== mois - 1) return null;
  return `${annee}-${String(mois).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

function anneeComplete(a: number): number {
  return a < 100 ? 2000 + a : a;
}

/**
 * A calendar date (YYYY-MM-DD) from the forms producers write: ISO date or date-time, DD/MM/YYYY,
 * YYYY/MM/DD (with a time), "Décembre 2019", "juil-22" (first day of the month). Null when unreadable.
 */
export function normaliserDate(brut: string): string | null {
  const s = brut.trim();
  let m = s.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s].*)?$/);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s.*)?$/);
  if (m) return iso(anneeComplete(Number(m[3])), Number(m[2]), Number(m[1]));
  const texte = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  m = texte.match(/^([a-z]+)\.?[\s-]+(\d{2}|\d{4})$/);
  if (m) {
    const mois = MOIS[m[1] ?? ''];
    if (mois) return iso(anneeComplete(Number(m[2])), mois, 1);
  }
  return null;
}
