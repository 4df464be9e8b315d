import type { ProfilStatistique } from '../domain/saisie.ts';
import {
  GENRES,
  type Genre,
  STATUTS_SOCIAUX,
  type StatutSocial,
  TRANCHES_AGE,
  type TrancheAge,
} from '../domain/vocabulaire.ts';

/** Anonymous participants as counted on a sheet: how many per gender, per age bracket, per status. */
export interface Comptes {
  genre: Partial<Record<Genre, number>>;
  trancheAge: Partial<Record<TrancheAge, number>>;
  statutSocial: Partial<Record<StatutSocial, number>>;
}

const total = (c: Partial<Record<string, number>>) =>
  Object.values(c).reduce<number>((s, n) => s + (n ?? 0), 0);

/** The number of anonymous people: the largest of the three totals (a sheet often counts one dimension only). */
export function nombreAnonymes(c: Comptes): number {
  return Math.max(total(c.genre), total(c.trancheAge), total(c.statutSocial));
}

function deplier<C extends string>(ordre: readonly { code: C }[], c: Partial<Record<C, number>>, n: number) {
  const out: C[] = [];
  for (const { code } of ordre) for (let i = 0; i < (c[code] ?? 0); i++) out.push(code);
  // A dimension counted for fewer people than the largest one: the rest is "non communiqué".
  while (out.length < n) out.push('non_communique' as C);
  return out;
}

/**
 * Expands the counts into one profile per anonymous person, so that counting the profiles by each
 * dimension gives back the counts typed (plus "non communiqué" where a dimension's total is smaller).
 */
export function profilsAnonymes(c: Comptes): ProfilStatistique[] {
  const n = nombreAnonymes(c);
  const genres = deplier(GENRES, c.genre, n);
  const ages = deplier(TRANCHES_AGE, c.trancheAge, n);
  const statuts = deplier(STATUTS_SOCIAUX, c.statutSocial, n);
  return Array.from({ length: n }, (_, i) => ({
    genre: genres[i]!,
    trancheAge: ages[i]!,
    statutSocial: statuts[i]!,
    communeInsee: null,
  }));
}

/** The counts of a list of anonymous profiles (to pre-fill a repeated workshop). */
export function comptesDe(profils: readonly ProfilStatistique[]): Comptes {
  const c: Comptes = { genre: {}, trancheAge: {}, statutSocial: {} };
  for (const p of profils) {
    c.genre[p.genre] = (c.genre[p.genre] ?? 0) + 1;
    c.trancheAge[p.trancheAge] = (c.trancheAge[p.trancheAge] ?? 0) + 1;
    c.statutSocial[p.statutSocial] = (c.statutSocial[p.statutSocial] ?? 0) + 1;
  }
  return c;
}
