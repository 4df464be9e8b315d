/**
 * The first calendar day still kept: `aujourdhui` minus `mois` months (the day clamped to the end of
 * a shorter month). A person whose last accompaniment is before it is erased.
 */
export function limiteConservation(aujourdhui: string, mois: number): string {
  const [a, m, j] = aujourdhui.split('-').map(Number) as [number, number, number];
  const total = a * 12 + (m - 1) - mois;
  const annee = Math.floor(total / 12);
  const moisCible = (total % 12) + 1;
  const dernierJour = new Date(Date.UTC(annee, moisCible, 0)).getUTCDate();
  const jour = Math.min(j, dernierJour);
  return `${String(annee).padStart(4, '0')}-${String(moisCible).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}
