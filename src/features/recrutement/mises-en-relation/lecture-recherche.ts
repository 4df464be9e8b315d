import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { candidats, misesEnRelation } from '../../../db/schema/index.ts';
import { communesPubliees } from '../../territoires/index.ts';
import { RAYON_TERRE_KM } from '../domain/distance.ts';
import { type SituationCandidat, STATUTS_OCCUPANT_POSTE } from '../domain/types.ts';

export interface FiltresRecherche {
  distanceMax?: number | undefined;
  diplome?: boolean | undefined;
  situation?: SituationCandidat | undefined;
  disponibleAvant?: string | undefined;
  pixMin?: number | undefined;
  page: number;
}

export const CANDIDATS_PAR_PAGE = 20;

const occupants = sql.raw(STATUTS_OCCUPANT_POSTE.map((s) => `'${s}'`).join(', '));

/** Great-circle distance between the structure's point and each candidate, in SQL (same formula as the domain). */
function distanceSql(lat: number, lon: number): SQL<number> {
  // Parameters are cast: PostgreSQL would otherwise infer some of them as integers.
  return sql<number>`(2 * ${RAYON_TERRE_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(${candidats.latitude} - ${lat}::float8) / 2), 2) +
    cos(radians(${lat}::float8)) * cos(radians(${candidats.latitude})) *
    power(sin(radians(${candidats.longitude} - ${lon}::float8) / 2), 2)))))`;
}

/**
 * Every available candidate (active, holding no post) a structure may pre-select by hand, nearest first,
 * with the relation it already has with this structure, if any.
 */
export async function rechercherCandidats(
  db: Db,
  structure: { id: string; latitude: number; longitude: number },
  f: FiltresRecherche,
) {
  const d = distanceSql(structure.latitude, structure.longitude);
  const conditions: (SQL | undefined)[] = [
    eq(candidats.statut, 'actif'),
    sql`${candidats.latitude} is not null`,
    sql`not exists (select 1 from ${misesEnRelation} m where m.candidat_id = ${candidats.id} and m.statut in (${occupants}))`,
    f.distanceMax !== undefined ? sql`${d} <= ${f.distanceMax}::float8` : undefined,
    f.diplome ? eq(candidats.diplome, true) : undefined,
    f.situation ? sql`${f.situation}::text = any(${candidats.situations})` : undefined,
    f.disponibleAvant ? sql`${candidats.dateDisponibilite} <= ${f.disponibleAvant}::date` : undefined,
    f.pixMin !== undefined ? sql`${candidats.niveauPix} >= ${f.pixMin}::int` : undefined,
  ];
  const where = and(...conditions);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(candidats).where(where);
  const rows = await db
    .select({
      id: candidats.id,
      prenom: candidats.prenom,
      nom: candidats.nom,
      communeNom: communesPubliees.nom,
      codePostal: candidats.codePostal,
      departementCode: candidats.departementCode,
      rayonMobiliteKm: candidats.rayonMobiliteKm,
      dateDisponibilite: candidats.dateDisponibilite,
      situations: candidats.situations,
      diplome: candidats.diplome,
      niveauPix: candidats.niveauPix,
      distanceKm: d,
      relationId: misesEnRelation.id,
      relationStatut: misesEnRelation.statut,
    })
    .from(candidats)
    .leftJoin(communesPubliees, eq(communesPubliees.code, candidats.communeCode))
    .leftJoin(
      misesEnRelation,
      and(eq(misesEnRelation.candidatId, candidats.id), eq(misesEnRelation.structureId, structure.id)),
    )
    .where(where)
    .orderBy(d, candidats.id)
    .limit(CANDIDATS_PAR_PAGE)
    .offset((f.page - 1) * CANDIDATS_PAR_PAGE);
  return { total: total?.n ?? 0, rows };
}
export type CandidatTrouve = Awaited<ReturnType<typeof rechercherCandidats>>['rows'][number];
