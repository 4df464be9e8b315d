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
  const filtre = lieuIds
    ? sql`and (a.id = any(${sql.param(lieuIds)}::uuid[]) or b.id = any(${sql.param(lieuIds)}::uuid[]))`
    : sql``;
  const resultat = await db.execute(sql`
    with paires as (
      select a.id as a_id, b.id as b_id,
             case when a.pivot = b.pivot and a.pivot <> ${PIVOT_INCONNU} then 'pivot' else 'nom' end as motif,
             earth_distance(ll_to_earth(a.latitude, a.longitude), ll_to_earth(b.latitude, b.longitude)) as distance,
             similarity(a.nom_recherche, b.nom_recherche) as similarite
      from lieux a
      join lieux b
        on a.id < b.id
       and earth_box(ll_to_earth(a.latitude, a.longitude), ${DISTANCE_PIVOT_M}) @> ll_to_earth(b.latitude, b.longitude)
      where a.latitude is not null and a.longitude is not null
        and b.latitude is not null and b.longitude is not null
        and a.fusionne_dans is null and b.fusionne_dans is null
        ${filtre}
        and not exists (
          select 1 from lieux_provenances pa
          join lieux_provenances pb on pb.source = pa.source
          where pa.lieu_id = a.id and pb.lieu_id = b.id
        )
    )
    insert into lieux_doublons (lieu_a_id, lieu_b_id, motif, distance_m, similarite)
    select a_id, b_id, motif, distance, similarite from paires
    where (motif = 'pivot' and distance <= ${DISTANCE_PIVOT_M})
       or (distance <= ${DISTANCE_NOM_M} and similarite >= ${SIMILARITE_NOM})
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
