/**
 * Commune centres: where a position is plausible for a commune, the centroid of a commune outline and
 * the median of the places located in a commune. Pure: no I/O.
 */

export interface Centre {
  latitude: number;
  longitude: number;
}

/** A box in WGS 84 degrees: [south, west, north, east]. */
export type Emprise = readonly [sud: number, ouest: number, nord: number, est: number];

/**
 * Generous boxes around each territory where communes exist (a little margin around the coast, so that
 * island communes pass). A commune's centre must fall in the box of its own territory: Laon with
 * Réunion's coordinates is as wrong as a point in the Atlantic.
 */
export const EMPRISES: Readonly<Record<string, { nom: string; emprise: Emprise }>> = {
  metro: { nom: 'France métropolitaine et Corse', emprise: [41.3, -5.25, 51.15, 9.65] },
  '971': { nom: 'Guadeloupe', emprise: [15.8, -61.85, 16.55, -60.95] },
  '972': { nom: 'Martinique', emprise: [14.35, -61.25, 14.9, -60.78] },
  '973': { nom: 'Guyane', emprise: [2.1, -54.65, 5.85, -51.55] },
  '974': { nom: 'La Réunion', emprise: [-21.42, 55.2, -20.85, 55.85] },
  '975': { nom: 'Saint-Pierre-et-Miquelon', emprise: [46.7, -56.45, 47.15, -56.1] },
  '976': { nom: 'Mayotte', emprise: [-13.05, 44.95, -12.6, 45.35] },
  '977': { nom: 'Saint-Barthélemy', emprise: [17.85, -62.95, 17.98, -62.78] },
  '978': { nom: 'Saint-Martin', emprise: [18.0, -63.16, 18.14, -62.96] },
  '984': { nom: 'Terres australes et antarctiques françaises', emprise: [-67.5, 39.0, -11.0, 141.0] },
  '986': { nom: 'Wallis-et-Futuna', emprise: [-14.4, -178.25, -13.15, -176.1] },
  '987': { nom: 'Polynésie française', emprise: [-28.0, -154.8, -7.8, -134.4] },
  '988': { nom: 'Nouvelle-Calédonie', emprise: [-23.0, 163.0, -19.0, 169.0] },
  '989': { nom: 'Île de Clipperton', emprise: [10.2, -109.3, 10.4, -109.1] },
};

/** The territory of an INSEE commune code: 'metro' (Corsica included) or the overseas code (971…989). */
export function territoireDeCommune(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : 'metro';
}

export function dansEmprise(e: Emprise, latitude: number, longitude: number): boolean {
  return latitude >= e[0] && latitude <= e[2] && longitude >= e[1] && longitude <= e[3];
}

/** null when the position is plausible for this commune, else why not (French, for the import report). */
export function raisonPositionImpossible(code: string, latitude: number, longitude: number): string | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return 'coordonnées non numériques';
  const territoire = EMPRISES[territoireDeCommune(code)];
  if (!territoire) return `territoire inconnu pour le code ${code}`;
  if (dansEmprise(territoire.emprise, latitude, longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return 'coordonnées hors des degrés WGS 84 (en mètres, Lambert 93 ?)';
  }
  if (dansEmprise(territoire.emprise, longitude, latitude)) {
    return `latitude et longitude inversées (le point inversé tombe en ${territoire.nom})`;
  }
  return `position hors de ${territoire.nom}`;
}

/** Median of numbers (mean of the two middle values for an even count); null for an empty list. */
export function mediane(valeurs: readonly number[]): number | null {
  if (valeurs.length === 0) return null;
  const tri = [...valeurs].sort((a, b) => a - b);
  const milieu = tri.length >> 1;
  return tri.length % 2 ? tri[milieu]! : (tri[milieu - 1]! + tri[milieu]!) / 2;
}

/**
 * The derived centre of a commune: the median latitude and median longitude of its geolocated places
 * and structures, keeping only the points plausible for the commune. The median, unlike the mean,
 * ignores a few places geocoded at the wrong end of the territory.
 */
export function centreMedian(code: string, points: readonly Centre[]): (Centre & { points: number }) | null {
  const retenus = points.filter((p) => raisonPositionImpossible(code, p.latitude, p.longitude) === null);
  const latitude = mediane(retenus.map((p) => p.latitude));
  const longitude = mediane(retenus.map((p) => p.longitude));
  if (latitude === null || longitude === null) return null;
  return { latitude: arrondir(latitude), longitude: arrondir(longitude), points: retenus.length };
}

/** Six decimals (about 10 cm): more is noise, and it keeps re-imports byte-for-byte comparable. */
export function arrondir(valeur: number): number {
  return Math.round(valeur * 1e6) / 1e6;
}

type Position = readonly number[];
type Anneau = readonly Position[];

/**
 * Area (signed) and area-weighted centroid of a ring, in a local plane where longitudes are scaled by
 * cos(latitude): fine at a commune's scale.
 */
function mesurerAnneau(
  anneau: Anneau,
  cosLat: number,
  origine: Position,
): { aire: number; x: number; y: number } {
  // Relative to a nearby origin: cross products of small numbers keep their precision.
  const ox = origine[0]! * cosLat;
  const oy = origine[1]!;
  let aire = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = anneau.length - 1; i < anneau.length; j = i++) {
    const xi = anneau[i]![0]! * cosLat - ox;
    const yi = anneau[i]![1]! - oy;
    const xj = anneau[j]![0]! * cosLat - ox;
    const yj = anneau[j]![1]! - oy;
    const f = xj * yi - xi * yj;
    aire += f;
    x += (xj + xi) * f;
    y += (yj + yi) * f;
  }
  aire /= 2;
  return aire === 0 ? { aire: 0, x: ox, y: oy } : { aire, x: ox + x / (6 * aire), y: oy + y / (6 * aire) };
}

/** Net area (outer ring minus holes) and centroid of one polygon; null for an empty one. */
function mesurerPolygone(polygone: readonly Anneau[]): { aire: number; centre: Centre } | null {
  const exterieur = polygone[0];
  if (!exterieur || exterieur.length < 3) return null;
  const cosLat = Math.cos((exterieur[0]![1]! * Math.PI) / 180) || 1;
  let aire = 0;
  let sx = 0;
  let sy = 0;
  polygone.forEach((anneau, i) => {
    if (anneau.length < 3) return;
    const m = mesurerAnneau(anneau, cosLat, exterieur[0]!);
    // Whatever the winding in the file: the outer ring adds, holes subtract.
    const a = i === 0 ? Math.abs(m.aire) : -Math.abs(m.aire);
    aire += a;
    sx += m.x * a;
    sy += m.y * a;
  });
  if (aire <= 0) {
    // Degenerate outline (a line, a point): the mean of its vertices.
    const n = exterieur.length;
    const lon = exterieur.reduce((s, p) => s + p[0]!, 0) / n;
    const lat = exterieur.reduce((s, p) => s + p[1]!, 0) / n;
    return { aire: 0, centre: { latitude: lat, longitude: lon } };
  }
  return { aire, centre: { latitude: sy / aire, longitude: sx / aire / cosLat } };
}

export type Geometrie =
  | { type: 'Point'; coordinates: Position }
  | { type: 'Polygon'; coordinates: readonly Anneau[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly Anneau[])[] };

/**
 * The centre of a GeoJSON geometry: the point itself, or the centroid of the largest polygon (a
 * commune with islands is centred on its main land, not in the sea between them). The centroid of a
 * very concave commune may fall just outside it: this is an approximate centre, as documented.
 */
export function centreGeometrie(g: Geometrie): Centre | null {
  if (g.type === 'Point') {
    const [lon, lat] = g.coordinates;
    return typeof lon === 'number' && typeof lat === 'number' ? { latitude: lat, longitude: lon } : null;
  }
  const polygones = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let meilleur: { aire: number; centre: Centre } | null = null;
  for (const p of polygones) {
    const m = mesurerPolygone(p);
    if (m && (!meilleur || m.aire > meilleur.aire)) meilleur = m;
  }
  return meilleur?.centre ?? null;
}

/**
 * One centre per commune when a file has several rows for it (La Poste: one per postal code and
 * hamlet): the best priority, then the first row.
 */
export function unCentreParCommune<T extends { code: string; priorite: number }>(
  centres: readonly T[],
): { retenus: T[]; doublons: T[] } {
  const meilleurs = new Map<string, T>();
  const doublons: T[] = [];
  for (const c of centres) {
    const actuel = meilleurs.get(c.code);
    if (!actuel) meilleurs.set(c.code, c);
    else if (c.priorite < actuel.priorite) {
      meilleurs.set(c.code, c);
      doublons.push(actuel);
    } else doublons.push(c);
  }
  return { retenus: [...meilleurs.values()], doublons };
}
