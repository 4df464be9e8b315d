import { asc, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { echapperLike } from '../../db/like.ts';
import { structures } from '../../db/schema/index.ts';

/** Read side of the structures: every other feature reads the table through these functions. */

export interface StructureChoisie {
  id: string;
  nom: string;
  siret: string | null;
  departementCode: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHOIX_MAX = 10;

const colonnesChoix = {
  id: structures.id,
  nom: structures.nom,
  siret: structures.siret,
  departementCode: structures.departementCode,
};

export async function chargerStructure(db: Db, id: string): Promise<StructureChoisie | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select(colonnesChoix).from(structures).where(eq(structures.id, id)).limit(1);
  return row ?? null;
}

/** Structures with this SIRET (several may share one), at most `limite`. */
export async function structuresParSiret(db: Db, siret: string, limite = 5): Promise<StructureChoisie[]> {
  return db.select(colonnesChoix).from(structures).where(eq(structures.siret, siret)).limit(limite);
}

/** Some structures by id (unknown ids are left out), for lists that show a structure's name. */
export async function structuresParIds(
  db: Db,
  ids: readonly (string | null)[],
): Promise<Map<string, StructureChoisie>> {
  const voulus = [...new Set(ids.filter((id): id is string => id !== null))];
  if (voulus.length === 0) return new Map();
  const rows = await db.select(colonnesChoix).from(structures).where(inArray(structures.id, voulus));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Structures whose name (accent-insensitive) or SIRET matches, best first (exact, prefix, then others). */
export async function rechercherStructures(
  db: Db,
  recherche: string,
  limit = CHOIX_MAX,
): Promise<StructureChoisie[]> {
  const q = recherche.trim();
  if (q.length < 2) return [];
  const siret = q.replace(/\s/g, '');
  const nom = sql`unaccent(lower(${structures.nom}))`;
  const needle = sql`unaccent(lower(${q}))`;
  return db
    .select(colonnesChoix)
    .from(structures)
    .where(
      or(sql`${nom} like '%' || unaccent(lower(${echapperLike(q)})) || '%'`, eq(structures.siret, siret)),
    )
    .orderBy(
      sql`case when ${nom} = ${needle} or ${structures.siret} = ${siret} then 0 when ${nom} like unaccent(lower(${`${echapperLike(q)}%`})) then 1 else 2 end`,
      structures.nom,
    )
    .limit(limit);
}

export async function compterStructures(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(structures);
  return Number(row?.n ?? 0);
}

/**
 * A subquery of the ids of a département's structures, for another feature's filter that must stay
 * in SQL (a paginated list): the table stays private, the owner writes the query.
 */
export function idsStructuresDuDepartement(departementCode: string): SQL {
  return sql`(select ${structures.id} from ${structures} where ${structures.departementCode} = ${departementCode})`;
}

export interface StructureDuDepartement {
  id: string;
  nom: string;
  type: string;
  siret: string | null;
  communeCode: string | null;
}

/** A département's structures by name. */
export async function structuresDuDepartement(
  db: Db,
  departementCode: string,
): Promise<StructureDuDepartement[]> {
  return db
    .select({
      id: structures.id,
      nom: structures.nom,
      type: structures.type,
      siret: structures.siret,
      communeCode: structures.communeCode,
    })
    .from(structures)
    .where(eq(structures.departementCode, departementCode))
    .orderBy(asc(structures.nom));
}
