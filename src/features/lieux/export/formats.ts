import { stringify } from 'csv-stringify/sync';
import { CHAMPS_STANDARD, type LieuStandard } from '../domain/standard/champs.ts';

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

function feature(l: LieuStandard) {
  const { latitude, longitude, ...proprietes } = l;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: { ...proprietes, latitude, longitude },
  };
}

/**
 * The whole export as text chunks, from pages of places: CSV (standard v1.0.2), JSON (array of objects,
 * lists as arrays) or GeoJSON (geolocated places only, as Points).
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
        ? page.map((l) => JSON.stringify(l))
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
