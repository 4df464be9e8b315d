import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { AdresseTrouvee, TypeAdresse } from './geocodeur.ts';

/**
 * Reading the BAN's answers (pure): the GeoJSON FeatureCollection of `/search/` and the CSV of
 * `/search/csv/`. A malformed feature is skipped, never trusted.
 */

const TYPES = ['housenumber', 'street', 'locality', 'municipality'] as const;

const feature = z.object({
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    label: z.string(),
    score: z.number(),
    type: z.enum(TYPES),
    name: z.string().optional(),
    housenumber: z.string().optional(),
    street: z.string().optional(),
    postcode: z.string().optional(),
    citycode: z.string().optional(),
    city: z.string().optional(),
  }),
});

const collection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

function valide(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}

/** The addresses of a `/search/` answer; null when the body is not a FeatureCollection at all. */
export function lireReponseRecherche(corps: unknown): AdresseTrouvee[] | null {
  const c = collection.safeParse(corps);
  if (!c.success) return null;
  const out: AdresseTrouvee[] = [];
  for (const f of c.data.features) {
    const r = feature.safeParse(f);
    if (!r.success) continue;
    const [lon, lat] = r.data.geometry.coordinates;
    if (!valide(lat, lon)) continue;
    const p = r.data.properties;
    out.push({
      label: p.label,
      nom: p.name ?? ([p.housenumber, p.street].filter(Boolean).join(' ') || p.label),
      latitude: lat,
      longitude: lon,
      score: p.score,
      type: p.type,
      codePostal: p.postcode ?? '',
      codeInsee: p.citycode ?? '',
      commune: p.city ?? '',
    });
  }
  return out;
}

/** The CSV sent to `/search/csv/`: one line per address, `id` echoed back in the answer. */
export function csvDemandeLot(
  lignes: readonly {
    id: string;
    adresse: string;
    codeInsee?: string | undefined;
    codePostal?: string | undefined;
  }[],
): string {
  const cellule = (v: string) => `"${v.replace(/[\r\n]+/g, ' ').replace(/"/g, '""')}"`;
  const corps = lignes.map((l) =>
    [l.id, l.adresse, l.codeInsee ?? '', l.codePostal ?? ''].map(cellule).join(','),
  );
  return ['id,adresse,code_insee,code_postal', ...corps].join('\n');
}

/** The `/search/csv/` answer: the request's columns followed by latitude, longitude and result_*. */
export function lireReponseLot(csv: string): Map<string, AdresseTrouvee | null> | null {
  let lignes: Record<string, string>[];
  try {
    lignes = parse(csv, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true });
  } catch {
    return null;
  }
  const out = new Map<string, AdresseTrouvee | null>();
  for (const l of lignes) {
    if (!l.id) continue;
    const lat = Number(l.latitude);
    const lon = Number(l.longitude);
    const type = l.result_type as TypeAdresse;
    if (!l.latitude || !l.longitude || !valide(lat, lon) || !TYPES.includes(type)) {
      out.set(l.id, null);
      continue;
    }
    out.set(l.id, {
      label: l.result_label ?? '',
      nom: l.result_name ?? '',
      latitude: lat,
      longitude: lon,
      score: Number(l.result_score) || 0,
      type,
      codePostal: l.result_postcode ?? '',
      codeInsee: l.result_citycode ?? '',
      commune: l.result_city ?? '',
    });
  }
  return out;
}
