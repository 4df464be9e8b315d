import { stringify } from 'csv-stringify/sync';
import { CHAMPS_STANDARD, type LieuStandard, type NomChamp } from '../domain/standard/champs.ts';

export type FormatExport = 'csv' | 'json' | 'geojson';

function cellule(valeur: LieuStandard[keyof LieuStandard]): string {
  if (valeur === null) return '';
  if (Array.isArray(valeur)) return valeur.join('|');
  return String(valeur);
}

/** One CSV page in the standard's column order, `|` inside multi-valued cells; the header once. */
export function pageCsv(page: LieuStandard[], avecEntete: boolean): string {
  const lignes = page.map((l) => CHAMPS_STANDARD.map((c) => cellule(l[c])));
  return stringify(avecEntete ? [[...CHAMPS_STANDARD], ...lignes] : lignes, { record_delimiter: 'unix' });
}

/** A place in the standard's flat shape: the schema's order, each value as its CSV cell. */
export type LieuPlat = Partial<Record<NomChamp, string | number>>;

/**
 * The national standard's JSON (what the national map's library reads, issue 8 defect 11): one flat
 * object per place, multi-valued fields as `|`-joined strings, coordinates as numbers, and an empty
 * field left out rather than null or []. The paginated API keeps the richer shape (arrays, nulls).
 */
export function lieuPlat(l: LieuStandard): LieuPlat {
  const plat: LieuPlat = {};
  for (const c of CHAMPS_STANDARD) {
    const v = l[c];
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    plat[c] = typeof v === 'number' ? v : cellule(v);
  }
  return plat;
}

function feature(l: LieuStandard) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [l.longitude, l.latitude] },
    properties: lieuPlat(l),
  };
}

/**
 * The whole export as text chunks, from pages of places: CSV (standard v1.0.2), JSON (array of the
 * standard's flat objects) or GeoJSON (geolocated places only, as Points, flat properties).
 */
export async function* exporter(
  pages: AsyncIterable<LieuStandard[]>,
  format: FormatExport,
): AsyncGenerator<string> {
  let premiere = true;
  if (format === 'json') yield '[';
  if (format === 'geojson') yield '{"type":"FeatureCollection","features":[';
  for await (const page of pages) {
    if (format === 'csv') {
      yield pageCsv(page, premiere);
      premiere = false;
      continue;
    }
    const elements =
      format === 'json'
        ? page.map((l) => JSON.stringify(lieuPlat(l)))
        : page
            .filter((l) => l.latitude !== null && l.longitude !== null)
            .map((l) => JSON.stringify(feature(l)));
    if (elements.length === 0) continue;
    yield (premiere ? '' : ',') + elements.join(',');
    premiere = false;
  }
  if (format === 'csv' && premiere) yield pageCsv([], true);
  if (format === 'json') yield ']';
  if (format === 'geojson') yield ']}';
}
