import type { Part } from './contrat.ts';

/**
 * Turns counts into parts whose percentages are integers adding up to exactly 100 (largest remainder,
 * Hamilton): each part gets the floor of its exact share, then the points left go to the largest
 * remainders; ties go to the larger count, then to the code first in alphabetical order (deterministic).
 * Zero counts are dropped; an empty (or all-zero) distribution gives []. Parts come sorted by count
 * (descending), then code.
 */
export function repartir(comptes: Iterable<readonly [string, number]>): Part[] {
  const lignes = [...comptes].filter(([, n]) => n > 0).map(([code, nombre]) => ({ code, nombre }));
  const total = lignes.reduce((s, l) => s + l.nombre, 0);
  if (total === 0) return [];
  lignes.sort((a, b) => b.nombre - a.nombre || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const calcul = lignes.map((l, rang) => {
    const exact = (l.nombre * 100) / total;
    const plancher = Math.floor(exact);
    // Integer arithmetic for the remainder, so equal shares compare exactly.
    return { ...l, rang, pourcentage: plancher, reste: l.nombre * 100 - plancher * total };
  });
  let restant = 100 - calcul.reduce((s, l) => s + l.pourcentage, 0);
  const ordre = [...calcul].sort((a, b) => b.reste - a.reste || a.rang - b.rang);
  for (const l of ordre) {
    if (restant <= 0) break;
    l.pourcentage += 1;
    restant -= 1;
  }
  return calcul.map(({ code, nombre, pourcentage }) => ({ code, nombre, pourcentage }));
}
