/**
 * Coverage of the territory: for each commune centre, the distance to the nearest place of each kind,
 * and the population within 5/10/20/30 km of each kind, by département and nationally.
 * Pure; one KDBush index per kind and a nearest-neighbour query per commune (O((n + m) log m)).
 */
import { around, distance } from 'geokdbush';
import KDBush from 'kdbush';

/**
 * Kinds of help a place can give. Only 'mediation' and 'france_services' exist as data today; places
 * with a conseiller numérique in post (recrutement) and habilitated Aidants Connect structures are
 * added by giving places those kinds: nothing else changes.
 */
export const GENRES_LIEU = [
  'mediation',
  'france_services',
  'conseiller_numerique',
  'aidants_connect',
] as const;
export type GenreLieu = (typeof GENRES_LIEU)[number];

export const LIBELLES_GENRES: Record<GenreLieu, string> = {
  mediation: 'Lieu de médiation numérique',
  france_services: 'France Services',
  conseiller_numerique: 'Lieu avec un conseiller numérique en poste',
  aidants_connect: 'Structure habilitée Aidants Connect',
};

export const RAYONS_KM = [5, 10, 20, 30] as const;
export type RayonKm = (typeof RAYONS_KM)[number];

export interface CommuneCouverture {
  code: string;
  departementCode: string;
  population: number;
  /** Null when the commune has no centre: counted, never placed. */
  latitude: number | null;
  longitude: number | null;
}

export interface LieuCouverture {
  departementCode: string | null;
  latitude: number;
  longitude: number;
  genres: readonly GenreLieu[];
}

export interface DistancesCommune {
  code: string;
  departementCode: string;
  population: number;
  /** Kilometres to the nearest place of the kind; null: no centre, or no place of that kind at all. */
  distances: Record<GenreLieu, number | null>;
}

export interface CouvertureTerritoire {
  /** A département code, or 'FR' for the whole country. */
  territoire: string;
  communes: number;
  communesSansCentre: number;
  population: number;
  /** Population of communes without centre: unknown coverage. */
  populationSansCentre: number;
  /** Per kind: places of the kind in the territory, and population whose commune centre is within each radius of a place of that kind. */
  parGenre: Record<GenreLieu, { lieux: number; populationA: Record<RayonKm, number> }>;
}

export interface ResultatCouverture {
  communes: DistancesCommune[];
  territoires: CouvertureTerritoire[];
}

export type Plus = (
  communes: readonly CommuneCouverture[],
  lieux: readonly LieuCouverture[],
  genre: GenreLieu,
) => (number | null)[];

/** Nearest distance per commune through a spatial index. */
export const plusProchesIndexes: Plus = (communes, lieux, genre) => {
  const points = lieux.filter((l) => l.genres.includes(genre));
  if (points.length === 0) return communes.map(() => null);
  const index = new KDBush(points.length);
  for (const p of points) index.add(p.longitude, p.latitude);
  index.finish();
  return communes.map((c) => {
    if (c.latitude === null || c.longitude === null) return null;
    const [id] = around(index, c.longitude, c.latitude, 1);
    const p = points[id as number] as LieuCouverture;
    return distance(c.longitude, c.latitude, p.longitude, p.latitude);
  });
};

/** The same by comparing every pair: the reference for tests and the benchmark. */
export const plusProchesExhaustifs: Plus = (communes, lieux, genre) => {
  const points = lieux.filter((l) => l.genres.includes(genre));
  return communes.map((c) => {
    if (c.latitude === null || c.longitude === null || points.length === 0) return null;
    let min = Number.POSITIVE_INFINITY;
    for (const p of points) {
      const d = distance(c.longitude, c.latitude, p.longitude, p.latitude);
      if (d < min) min = d;
    }
    return min;
  });
};

function territoireVide(territoire: string): CouvertureTerritoire {
  const parGenre = {} as CouvertureTerritoire['parGenre'];
  for (const g of GENRES_LIEU) parGenre[g] = { lieux: 0, populationA: { 5: 0, 10: 0, 20: 0, 30: 0 } };
  return { territoire, communes: 0, communesSansCentre: 0, population: 0, populationSansCentre: 0, parGenre };
}

export function calculerCouverture(
  communes: readonly CommuneCouverture[],
  lieux: readonly LieuCouverture[],
  plusProches: Plus = plusProchesIndexes,
): ResultatCouverture {
  const parGenre = GENRES_LIEU.map((g) => plusProches(communes, lieux, g));
  const resultat: DistancesCommune[] = communes.map((c, i) => {
    const distances = {} as Record<GenreLieu, number | null>;
    GENRES_LIEU.forEach((g, k) => {
      distances[g] = (parGenre[k] as (number | null)[])[i] ?? null;
    });
    return { code: c.code, departementCode: c.departementCode, population: c.population, distances };
  });

  const national = territoireVide('FR');
  const departements = new Map<string, CouvertureTerritoire>();
  const territoire = (code: string) => {
    let dep = departements.get(code);
    if (!dep) {
      dep = territoireVide(code);
      departements.set(code, dep);
    }
    return dep;
  };
  for (const l of lieux) {
    for (const g of l.genres) {
      national.parGenre[g].lieux++;
      if (l.departementCode) territoire(l.departementCode).parGenre[g].lieux++;
    }
  }
  resultat.forEach((r, i) => {
    const c = communes[i] as CommuneCouverture;
    const dep = territoire(r.departementCode);
    for (const t of [national, dep]) {
      t.communes++;
      t.population += r.population;
      if (c.latitude === null || c.longitude === null) {
        t.communesSansCentre++;
        t.populationSansCentre += r.population;
        continue;
      }
      for (const g of GENRES_LIEU) {
        const d = r.distances[g];
        if (d === null) continue;
        for (const rayon of RAYONS_KM) if (d <= rayon) t.parGenre[g].populationA[rayon] += r.population;
      }
    }
  });
  const tries = [...departements.values()].sort((a, b) => a.territoire.localeCompare(b.territoire));
  return { communes: resultat, territoires: [national, ...tries] };
}
