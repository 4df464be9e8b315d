import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { structures } from '../../../db/schema/index.ts';
import { escapeLike } from './queries.ts';

export interface StructureChoisie {
  id: string;
  nom: string;
  siret: string | null;
  departementCode: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHOIX_MAX = 10;

export async function chargerStructure(db: Db, id: string): Promise<StructureChoisie | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select({
      id: structures.id,
      nom: structures.nom,
      siret: structures.siret,
      departementCode: structures.departementCode,
    })
    .from(structures)
    .where(eq(structures.id, id))
    .limit(1);
  return row ?? null;
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
    .select({
      id: structures.id,
      nom: structures.nom,
      siret: structures.siret,
      departementCode: structures.departementCode,
    })
    .from(structures)
    .where(or(sql`${nom} like '%' || unaccent(lower(${escapeLike(q)})) || '%'`, eq(structures.siret, siret)))
    .orderBy(
      sql`case when ${nom} = ${needle} or ${structures.siret} = ${siret} then 0 when ${nom} like unaccent(lower(${`${escapeLike(q)}%`})) then 1 else 2 end`,
      structures.nom,
    )
    .limit(limit);
}

export type ResolutionStructure =
  | { kind: 'trouvee'; structure: StructureChoisie }
  | { kind: 'choix'; candidats: StructureChoisie[] }
  | { kind: 'aucune' };

/**
 * Forms without JavaScript: the person types a name or SIRET; one match is taken, several are offered
 * as radio buttons on the re-rendered form, none is an error.
 */
export async function resoudreStructure(
  db: Db,
  input: { structureId?: string | undefined; recherche?: string | undefined },
): Promise<ResolutionStructure> {
  if (input.structureId) {
    const s = await chargerStructure(db, input.structureId);
    return s ? { kind: 'trouvee', structure: s } : { kind: 'aucune' };
  }
  const found = await rechercherStructures(db, input.recherche ?? '');
  if (found.length === 0) return { kind: 'aucune' };
  const exact = found.filter((s) => s.siret === input.recherche?.replace(/\s/g, ''));
  if (exact.length === 1) return { kind: 'trouvee', structure: exact[0]! };
  if (found.length === 1) return { kind: 'trouvee', structure: found[0]! };
  return { kind: 'choix', candidats: found };
}
