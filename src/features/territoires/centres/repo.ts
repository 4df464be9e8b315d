import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { communes, type SourceCentre } from '../../../db/schema/index.ts';
import type { Centre } from '../domain/centres.ts';

/** Commune centres are public reference data: no actor scope. */

export interface CentreCommune extends Centre {
  source: SourceCentre;
}

export interface EtatCommune {
  latitude: number | null;
  longitude: number | null;
  source: SourceCentre | null;
}

const colonnesCentre = {
  code: communes.code,
  latitude: communes.latitude,
  longitude: communes.longitude,
  source: communes.centreSource,
};

function versCentre(r: {
  latitude: number | null;
  longitude: number | null;
  source: SourceCentre | null;
}): CentreCommune | null {
  if (r.latitude === null || r.longitude === null || r.source === null) return null;
  return { latitude: r.latitude, longitude: r.longitude, source: r.source };
}

/** The centre of a commune by its INSEE code, or null when it has none (or the code is unknown). */
export async function centreCommune(db: Db, code: string): Promise<CentreCommune | null> {
  const [row] = await db
    .select(colonnesCentre)
    .from(communes)
    .where(and(eq(communes.code, code.trim().toUpperCase()), isNotNull(communes.latitude)));
  return row ? versCentre(row) : null;
}

/** Centres of several communes, by code; communes without a centre are absent from the map. */
export async function centresCommunes(db: Db, codes: readonly string[]): Promise<Map<string, CentreCommune>> {
  const out = new Map<string, CentreCommune>();
  const uniques = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
  for (let i = 0; i < uniques.length; i += 5000) {
    const rows = await db
      .select(colonnesCentre)
      .from(communes)
      .where(and(inArray(communes.code, uniques.slice(i, i + 5000)), isNotNull(communes.latitude)));
    for (const r of rows) {
      const c = versCentre(r);
      if (c) out.set(r.code, c);
    }
  }
  return out;
}

/** Every commune's current centre state (about 35,000 small rows), to compare an import with. */
export async function etatDesCentres(db: Db): Promise<Map<string, EtatCommune>> {
  const rows = await db.select(colonnesCentre).from(communes);
  return new Map(
    rows.map((r) => [r.code, { latitude: r.latitude, longitude: r.longitude, source: r.source }]),
  );
}

const tableau = (xs: readonly (string | number)[]) => `{${xs.join(',')}}`;

/**
 * Writes centres in batches through unnest() (three array parameters per batch). `seulementSans`:
 * only communes that have no centre or one of these sources (the demo never overwrites an import).
 * Returns the codes actually written.
 */
export async function ecrireCentres(
  db: Db,
  centres: readonly ({ code: string } & Centre)[],
  source: SourceCentre,
  options: {
    remplacables?: readonly SourceCentre[];
    lot?: number;
    progression?: ((fait: number, total: number) => void) | undefined;
  } = {},
): Promise<string[]> {
  const ecrits: string[] = [];
  const lot = options.lot ?? 2000;
  const garde = options.remplacables
    ? sql`and (c.centre_source is null or c.centre_source in (${sql.join(
        options.remplacables.map((s) => sql`${s}`),
        sql`, `,
      )}))`
    : sql``;
  for (let i = 0; i < centres.length; i += lot) {
    const morceau = centres.slice(i, i + lot);
    const res = (await db.execute(sql`
      update communes c
      set latitude = v.lat, longitude = v.lon, centre_source = ${source}
      from unnest(${tableau(morceau.map((x) => x.code))}::text[],
                  ${tableau(morceau.map((x) => x.latitude))}::float8[],
                  ${tableau(morceau.map((x) => x.longitude))}::float8[]) as v(code, lat, lon)
      where c.code = v.code
        and (c.latitude is distinct from v.lat or c.longitude is distinct from v.lon
             or c.centre_source is distinct from ${source})
        ${garde}
      returning c.code`)) as unknown as { rows: { code: string }[] };
    for (const r of res.rows) ecrits.push(r.code);
    options.progression?.(Math.min(i + lot, centres.length), centres.length);
  }
  return ecrits;
}

/** Removes derived centres that no longer have any point (their places were deleted or moved). */
export async function effacerCentresDerives(db: Db, codes: readonly string[]): Promise<number> {
  if (codes.length === 0) return 0;
  const res = await db
    .update(communes)
    .set({ latitude: null, longitude: null, centreSource: null })
    .where(and(inArray(communes.code, [...codes]), eq(communes.centreSource, 'derive')))
    .returning({ code: communes.code });
  return res.length;
}
