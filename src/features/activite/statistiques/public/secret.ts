import type { Part, PointSerie, Statistiques } from '../domain/contrat.ts';

/**
 * Statistical secrecy of the public figures. A count from 1 to SEUIL_SECRET people or activities can
 * point at someone in a small commune, so it is published as « moins de 11 » (the threshold of the
 * French public statistics' usual practice). Zero is published: it names nobody.
 * Secondary suppression: wherever figures add up (a total and its parts, a distribution and its shares,
 * the days of a month and that month), one hidden figure could be recomputed from the others; the
 * smallest other non-zero figure of that sum is then hidden too, until no sum has exactly one hidden figure.
 */
export const SEUIL_SECRET = 10;
export const MOINS_DE_11 = 'moins de 11';
export const SECRET = 'secret statistique';

export type ValeurMasquee = typeof MOINS_DE_11 | typeof SECRET;
/** A published count: the number, or why it is hidden. */
export type Valeur = number | ValeurMasquee;

export interface PartPublique {
  code: string;
  nombre: Valeur;
  /** Hidden with the count (a share times the total gives the count back). */
  pourcentage: number | null;
}
export interface PointPublic {
  periode: string;
  activites: Valeur;
  accompagnements: Valeur;
}
export interface StatistiquesPubliees {
  totaux: Record<keyof Statistiques['totaux'], Valeur>;
  seriesJour: PointPublic[];
  seriesMois: PointPublic[];
  repartitions: Record<keyof Statistiques['repartitions'], PartPublique[]>;
}

/** A figure being decided: its true value and whether it is hidden (and why). */
export interface Cellule {
  valeur: number;
  masque: ValeurMasquee | null;
}

/** One "adds up" relation: `total` (a cell, or null when only the sum itself is known) = sum of `parts`. */
export interface Somme {
  total: Cellule | null;
  parts: Cellule[];
}

function cellule(valeur: number): Cellule {
  return { valeur, masque: valeur >= 1 && valeur <= SEUIL_SECRET ? MOINS_DE_11 : null };
}

const BIG = Number.POSITIVE_INFINITY;

/** What a reader can know of a cell: visible exactly, « moins de 11 » 1..10, secret ≥ 11 (only larger ones are). */
function bornesInitiales(c: Cellule): [number, number] {
  if (!c.masque) return [c.valeur, c.valeur];
  return c.masque === MOINS_DE_11 ? [1, SEUIL_SECRET] : [SEUIL_SECRET + 1, BIG];
}

/**
 * Sums of one bound over the parts, able to leave one part out in O(1) (a day series has hundreds of
 * parts); infinite bounds are counted apart, since ∞ − ∞ is not 0.
 */
function sommesBornes(bornes: [number, number][], k: 0 | 1) {
  let fini = 0;
  let infinis = 0;
  for (const b of bornes) {
    if (b[k] === BIG) infinis++;
    else fini += b[k];
  }
  return (sauf: number): number => {
    const v = sauf >= 0 ? bornes[sauf]![k] : 0;
    const restants = infinis - (v === BIG ? 1 : 0);
    return restants > 0 ? BIG : fini - (v === BIG ? 0 : v);
  };
}

/**
 * What a reader who knows how the figures add up can narrow each hidden cell to (interval propagation
 * over every sum, the way a determined reader would). A cell whose interval is one value is revealed.
 */
export function revelees(sommes: readonly Somme[]): Set<Cellule> {
  const b = new Map<Cellule, [number, number]>();
  const de = (c: Cellule) => {
    let x = b.get(c);
    if (!x) {
      x = bornesInitiales(c);
      b.set(c, x);
    }
    return x;
  };
  for (let tour = 0, change = true; change && tour < 100; tour++) {
    change = false;
    for (const s of sommes) {
      // A distribution's own sum is known as soon as one share is visible (count ÷ share).
      const connue = s.total ?? (s.parts.some((c) => !c.masque && c.valeur > 0) ? null : undefined);
      if (connue === undefined) continue;
      const t: [number, number] = connue
        ? de(connue)
        : (() => {
            const v = s.parts.reduce((n, c) => n + c.valeur, 0);
            return [v, v];
          })();
      const ps = s.parts.map(de);
      const serrer = (x: [number, number], lo: number, hi: number) => {
        if (lo > x[0]) {
          x[0] = lo;
          change = true;
        }
        if (hi < x[1]) {
          x[1] = hi;
          change = true;
        }
      };
      const bas = sommesBornes(ps, 0);
      const haut = sommesBornes(ps, 1);
      serrer(t, bas(-1), haut(-1));
      // Bounds read before this sum's own tightening: a later tour uses the tightened ones.
      ps.forEach((x, i) => {
        serrer(x, t[0] - haut(i), t[1] - bas(i));
      });
    }
  }
  const out = new Set<Cellule>();
  for (const [c, [lo, hi]] of b) if (c.masque && lo === hi) out.add(c);
  return out;
}

/** Hides more figures until no hidden one can be recomputed from the published ones. */
function masquerSecondaire(sommes: readonly Somme[]): void {
  for (let tour = 0; tour < 1000; tour++) {
    const connues = revelees(sommes);
    if (connues.size === 0) return;
    let change = false;
    for (const s of sommes) {
      const membres = s.total ? [s.total, ...s.parts] : s.parts;
      if (!membres.some((c) => connues.has(c))) continue;
      // Prefer a part (keeps the total readable), the smallest non-zero one.
      const candidats = (cs: Cellule[]) =>
        cs.filter((c) => !c.masque && c.valeur > 0).sort((a, b) => a.valeur - b.valeur);
      const cible = candidats(s.parts)[0] ?? (s.total ? candidats([s.total])[0] : undefined);
      if (!cible) continue;
      cible.masque = SECRET;
      change = true;
      // One new hidden figure per revealed sum and round: the next round checks again.
      for (const c of membres) connues.delete(c);
    }
    if (!change) return;
  }
}

const valeur = (c: Cellule): Valeur => c.masque ?? c.valeur;

/** Applies the statistical secrecy to a full result (public pages, public API). Pure. */
export function appliquerSecret(stats: Statistiques): StatistiquesPubliees {
  const t = Object.fromEntries(Object.entries(stats.totaux).map(([k, v]) => [k, cellule(v)])) as Record<
    keyof Statistiques['totaux'],
    Cellule
  >;
  const sommes: Somme[] = [
    { total: t.beneficiaires, parts: [t.beneficiairesNouveaux, t.beneficiairesSuivis] },
  ];

  // Distributions: each one's sum is known (its shares reveal it); complete ones equal a total.
  const totalDe: Partial<Record<keyof Statistiques['repartitions'], Cellule>> = {
    type: t.activites,
    dureeTranche: t.activites,
    typeLieu: t.activites,
    genre: t.accompagnements,
    trancheAge: t.accompagnements,
    statutSocial: t.accompagnements,
  };
  const repartitions = {} as Record<keyof Statistiques['repartitions'], { part: Part; c: Cellule }[]>;
  for (const cle of Object.keys(stats.repartitions) as (keyof Statistiques['repartitions'])[]) {
    const lignes = stats.repartitions[cle].map((part) => ({ part, c: cellule(part.nombre) }));
    repartitions[cle] = lignes;
    const parts = lignes.map((l) => l.c);
    sommes.push({ total: null, parts });
    const total = totalDe[cle];
    if (total) sommes.push({ total, parts });
  }

  // Series: days and months each add up to the totals; a month is the sum of its days.
  const serie = (points: PointSerie[]) =>
    points.map((p) => ({ periode: p.periode, a: cellule(p.activites), b: cellule(p.accompagnements) }));
  const jours = serie(stats.seriesJour);
  const mois = serie(stats.seriesMois);
  for (const points of [jours, mois]) {
    if (points.length === 0) continue;
    sommes.push({ total: t.activites, parts: points.map((p) => p.a) });
    sommes.push({ total: t.accompagnements, parts: points.map((p) => p.b) });
  }
  for (const m of mois) {
    const duMois = jours.filter((j) => j.periode.startsWith(`${m.periode}-`));
    if (duMois.length === 0) continue;
    sommes.push({ total: m.a, parts: duMois.map((j) => j.a) });
    sommes.push({ total: m.b, parts: duMois.map((j) => j.b) });
  }

  // Only sums that truly hold (a distribution with unrecorded values does not add up to its total).
  masquerSecondaire(
    sommes.filter((x) => !x.total || x.total.valeur === x.parts.reduce((n, c) => n + c.valeur, 0)),
  );

  const point = (p: { periode: string; a: Cellule; b: Cellule }): PointPublic => ({
    periode: p.periode,
    activites: valeur(p.a),
    accompagnements: valeur(p.b),
  });
  return {
    totaux: Object.fromEntries(Object.entries(t).map(([k, c]) => [k, valeur(c)])) as Record<
      keyof Statistiques['totaux'],
      Valeur
    >,
    seriesJour: jours.map(point),
    seriesMois: mois.map(point),
    repartitions: Object.fromEntries(
      Object.entries(repartitions).map(([k, lignes]) => [
        k,
        lignes.map(({ part, c }) => ({
          code: part.code,
          nombre: valeur(c),
          pourcentage: c.masque ? null : part.pourcentage,
        })),
      ]),
    ) as Record<keyof Statistiques['repartitions'], PartPublique[]>,
  };
}

/** The same shape with nothing hidden (signed-in pages): one presenter serves both. */
export function sansSecret(stats: Statistiques): StatistiquesPubliees {
  return stats;
}
