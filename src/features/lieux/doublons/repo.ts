import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux, lieuxDoublons, lieuxProvenances } from '../../../db/schema/index.ts';
import { PIVOT_INCONNU } from '../domain/standard/pivot.ts';

/** Same pivot within this distance: one establishment registered twice. */
export const DISTANCE_PIVOT_M = 500;
/** Names this similar (trigram similarity, 0–1) within this distance. */
export const SIMILARITE_NOM = 0.6;
export const DISTANCE_NOM_M = 200;

/**
 * Finds pairs of live places (not merged) that probably describe the same place, coming from different
 * sources, and records them as candidates. Pairs already known (even dismissed) are left as they are.
 * With `lieuIds`, only pairs involving those places are looked for (after an import).
 */
export async function enregistrerCandidats(db: Db, lieuIds?: string[]): Promise<number> {
  if (lieuIds && lieuIds.length === 0) return 0;
  // The places to look around: the given ones (primary key lookup) or every live geolocated place.
  const depart = lieuIds ? sql`l.id = any(${sql.param(lieuIds)}::uuid[])` : sql`true`;
  // Spatial and textual tests first (GiST and pivot indexes), the provenance test only on the few
  // survivors. Two narrow searches (same pivot within 500 m; any place within 200 m) instead of one wide.
  const resultat = await db.execute(sql`
    with depart as materialized (
      select l.id, l.pivot, l.nom_recherche, l.latitude, l.longitude
      from lieux l
      where ${depart} and l.latitude is not null and l.longitude is not null and l.fusionne_dans is null
    ),
    proches as materialized (
      select d.id as d_id, v.id as v_id, 'pivot' as motif,
             earth_distance(ll_to_earth(d.latitude, d.longitude), ll_to_earth(v.latitude, v.longitude)) as distance,
             similarity(d.nom_recherche, v.nom_recherche) as similarite
      from depart d
      join lieux v
        on v.pivot = d.pivot
       and v.id <> d.id
       and earth_box(ll_to_earth(d.latitude, d.longitude), ${DISTANCE_PIVOT_M}) @> ll_to_earth(v.latitude, v.longitude)
      where d.pivot <> ${PIVOT_INCONNU}
        and v.latitude is not null and v.longitude is not null and v.fusionne_dans is null
      union all
      select d.id, v.id, 'nom',
             earth_distance(ll_to_earth(d.latitude, d.longitude), ll_to_earth(v.latitude, v.longitude)),
             similarity(d.nom_recherche, v.nom_recherche)
      from depart d
      join lieux v
        on v.id <> d.id
       and earth_box(ll_to_earth(d.latitude, d.longitude), ${DISTANCE_NOM_M}) @> ll_to_earth(v.latitude, v.longitude)
      where v.latitude is not null and v.longitude is not null and v.fusionne_dans is null
        and similarity(d.nom_recherche, v.nom_recherche) >= ${SIMILARITE_NOM}
    ),
    paires as (
      select distinct on (least(d_id, v_id), greatest(d_id, v_id))
             least(d_id, v_id) as a_id, greatest(d_id, v_id) as b_id, motif, distance, similarite
      from proches
      where distance <= case when motif = 'pivot' then ${DISTANCE_PIVOT_M}::float8 else ${DISTANCE_NOM_M}::float8 end
      order by least(d_id, v_id), greatest(d_id, v_id), motif = 'pivot' desc
    )
    insert into lieux_doublons (lieu_a_id, lieu_b_id, motif, distance_m, similarite)
    select a_id, b_id, motif, distance, similarite from paires p
    where not exists (
      select 1 from lieux_provenances pa
      join lieux_provenances pb on pb.source = pa.source
      where pa.lieu_id = p.a_id and pb.lieu_id = p.b_id
    )
    on conflict (lieu_a_id, lieu_b_id) do nothing
    returning id
  `);
  return (resultat as unknown as { rows: unknown[] }).rows.length;
}

export interface LieuDoublon {
  id: string;
  nom: string;
  adresse: string;
  codePostal: string;
  commune: string;
  pivot: string;
  dateMaj: string;
  departementCode: string | null;
  structureId: string | null;
  fusionneDans: string | null;
  services: string[];
  telephone: string | null;
  sources: string[];
}

export async function lieuxParIds(db: Db, ids: string[]): Promise<Map<string, LieuDoublon>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: lieux.id,
      nom: lieux.nom,
      adresse: lieux.adresse,
      codePostal: lieux.codePostal,
      commune: lieux.commune,
      pivot: lieux.pivot,
      dateMaj: lieux.dateMaj,
      departementCode: lieux.departementCode,
      structureId: lieux.structureId,
      fusionneDans: lieux.fusionneDans,
      services: lieux.services,
      telephone: lieux.telephone,
      sources: sql<
        string[]
      >`coalesce((select array_agg(distinct p.source order by p.source) from lieux_provenances p where p.lieu_id = ${lieux.id}), '{}')`,
    })
    .from(lieux)
    .where(inArray(lieux.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export interface FiltreDoublons {
  departement?: string | undefined;
}

function conditionsCandidats(filtre: FiltreDoublons) {
  const conditions = [eq(lieuxDoublons.statut, 'candidat')];
  if (filtre.departement) {
    conditions.push(
      sql`exists (select 1 from lieux l where l.id = ${lieuxDoublons.lieuAId} and l.departement_code = ${filtre.departement})`,
    );
  }
  return and(...conditions);
}

export async function candidats(db: Db, filtre: FiltreDoublons, limite: number, decalage: number) {
  return db
    .select()
    .from(lieuxDoublons)
    .where(conditionsCandidats(filtre))
    .orderBy(sql`${lieuxDoublons.motif} = 'pivot' desc`, lieuxDoublons.distanceM, lieuxDoublons.id)
    .limit(limite)
    .offset(decalage);
}

export async function compterCandidats(db: Db, filtre: FiltreDoublons): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(lieuxDoublons)
    .where(conditionsCandidats(filtre));
  return r?.n ?? 0;
}

export async function doublonParId(db: Db, id: string) {
  const [r] = await db.select().from(lieuxDoublons).where(eq(lieuxDoublons.id, id));
  return r ?? null;
}

/** Moves everything that pointed at the absorbed place to the kept one (call inside a transaction). */
export async function absorber(
  tx: Db,
  absorbeId: string,
  conserveId: string,
  ownerAReprendre: string | null,
) {
  await tx.update(lieux).set({ fusionneDans: conserveId }).where(eq(lieux.id, absorbeId));
  await tx.update(lieux).set({ fusionneDans: conserveId }).where(eq(lieux.fusionneDans, absorbeId));
  await tx.update(lieuxProvenances).set({ lieuId: conserveId }).where(eq(lieuxProvenances.lieuId, absorbeId));
  if (ownerAReprendre) {
    await tx
      .update(lieux)
      .set({ structureId: ownerAReprendre })
      .where(and(eq(lieux.id, conserveId), sql`${lieux.structureId} is null`));
  }
  // Other suggestions about the absorbed place no longer make sense.
  await tx
    .delete(lieuxDoublons)
    .where(
      and(
        eq(lieuxDoublons.statut, 'candidat'),
        or(eq(lieuxDoublons.lieuAId, absorbeId), eq(lieuxDoublons.lieuBId, absorbeId)),
      ),
    );
}

export async function marquerTraite(
  tx: Db,
  id: string,
  statut: 'fusionne' | 'ecarte',
  par: string | null,
  now: Date,
  conserveId: string | null,
) {
  await tx
    .update(lieuxDoublons)
    .set({ statut, traiteLe: now, traitePar: par, lieuConserveId: conserveId })
    .where(eq(lieuxDoublons.id, id));
}
