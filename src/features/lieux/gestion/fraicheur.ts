import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
/** A place whose information was not confirmed for 6 months is "à actualiser". Pure. */
export const MOIS_AVANT_ACTUALISATION = 6;

/** The ISO date (AAAA-MM-JJ) six calendar months before `aujourdhui` (clamped to the month's end). */
export function limiteFraicheur(aujourdhui: string): string {
  const [a, m, j] = aujourdhui.split('-').map(Number) as [number, number, number];
  let mois = m - MOIS_AVANT_ACTUALISATION;
  let annee = a;
  while (mois < 1) {
    mois += 12;
    annee -= 1;
  }
  const dernierJour = new Date(Date.UTC(annee, mois, 0)).getUTCDate();
  const jour = Math.min(j, dernierJour);
  return `${annee}-${String(mois).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

export function estAActualiser(dateMaj: string, aujourdhui: string): boolean {
  return dateMaj < limiteFraicheur(aujourdhui);
}

/** Whole months between two ISO dates ("depuis 8 mois"). */
export function moisEcoules(depuis: string, aujourdhui: string): number {
  const [a1, m1, j1] = depuis.split('-').map(Number) as [number, number, number];
  const [a2, m2, j2] = aujourdhui.split('-').map(Number) as [number, number, number];
  return (a2 - a1) * 12 + (m2 - m1) - (j2 < j1 ? 1 : 0);
}

/** Today's date in Paris (dates of the registry are French calendar dates). */
export const aujourdhuiAParis = jourParis;
