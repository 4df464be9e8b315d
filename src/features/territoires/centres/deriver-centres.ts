import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { type Centre, centreMedian } from '../domain/centres.ts';
import { peutGererCentres } from './policy.ts';
import { ecrireCentres, effacerCentresDerives } from './repo.ts';

export interface BilanDerivation {
  /** Communes without an imported or demo centre that have at least one geolocated place or structure. */
  communes: number;
  /** Derived centres written (new or moved). */
  ecrits: number;
  /** Derived centres removed because no point is left in the commune. */
  effaces: number;
  /** Points (places and structures) used. */
  points: number;
}

/**
 * Geolocated places and structures, by commune, for the communes whose centre is missing or derived.
 * Territoires owns commune centres and only reads these coordinates: one raw read-only query rather
 * than importing the lieux and structures tables (see docs/decisions, "centres des communes").
 */
async function pointsParCommune(db: Db): Promise<{ points: Map<string, Centre[]>; derives: string[] }> {
  const res = (await db.execute(sql`
    with a_deriver as (
      select code, centre_source from communes where centre_source is null or centre_source = 'derive'
    ), points as (
      select l.code_insee as code, l.latitude, l.longitude from lieux l
      where l.code_insee is not null and l.fusionne_dans is null
        and l.latitude is not null and l.longitude is not null
      union all
      select s.commune_code, s.latitude, s.longitude from structures s
      where s.commune_code is not null and s.latitude is not null and s.longitude is not null
    )
    select p.code, p.latitude, p.longitude, null as derive from points p join a_deriver a on a.code = p.code
    union all
    select code, null, null, true from a_deriver where centre_source = 'derive'`)) as unknown as {
    rows: { code: string; latitude: number | null; longitude: number | null; derive: boolean | null }[];
  };
  const points = new Map<string, Centre[]>();
  const derives: string[] = [];
  for (const r of res.rows) {
    if (r.derive) {
      derives.push(r.code);
      continue;
    }
    let liste = points.get(r.code);
    if (!liste) {
      liste = [];
      points.set(r.code, liste);
    }
    liste.push({ latitude: Number(r.latitude), longitude: Number(r.longitude) });
  }
  return { points, derives };
}

/**
 * Gives communes that have no centre the median position of their geolocated places and structures
 * (source 'derive'), and refreshes earlier derived centres. Never touches an imported or demo centre.
 * `actor` null: the CLI or the scheduler. Audited when something changed.
 */
export async function deriverCentres(
  ctx: UseCaseContext,
  options: { source?: 'cli' | 'tache' } = {},
): Promise<Result<BilanDerivation>> {
  const { actor } = ctx;
  if (!peutGererCentres(actor)) {
    return fail('acces_refuse', 'Seule l’ANCT calcule les centres des communes.', 403);
  }
  return ctx.db.transaction(async (tx) => {
    const { points, derives } = await pointsParCommune(tx);
    const centres: { code: string; latitude: number; longitude: number }[] = [];
    let utilises = 0;
    for (const [code, liste] of points) {
      const c = centreMedian(code, liste);
      if (!c) continue;
      centres.push({ code, latitude: c.latitude, longitude: c.longitude });
      utilises += c.points;
    }
    const avecCentre = new Set(centres.map((c) => c.code));
    const ecrits = await ecrireCentres(tx, centres, 'derive', { remplacables: ['derive'] });
    const effaces = await effacerCentresDerives(
      tx,
      derives.filter((code) => !avecCentre.has(code)),
    );
    const bilan = { communes: centres.length, ecrits: ecrits.length, effaces, points: utilises };
    if (bilan.ecrits + bilan.effaces > 0) {
      await recordAudit(tx, {
        actor,
        ip: ctx.ip,
        action: 'territoires.centres_derives',
        entityType: 'communes',
        details: { source: actor ? 'web' : (options.source ?? 'cli'), ...bilan },
      });
    }
    return ok(bilan);
  });
}
