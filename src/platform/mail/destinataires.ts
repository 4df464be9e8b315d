import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adhesions, utilisateurs } from '../../db/schema/index.ts';
import type { Role } from '../auth/roles.ts';

/**
 * E-mail addresses of the active people holding a role (optionally within one structure or département):
 * who to notify ("the owner structure", "ANCT"). Demo personas are included in demo mode only.
 */
export async function emailsDesMembres(
  db: Db,
  filtre: { role: Role; structureId?: string | null; departementCode?: string | null },
  options: { inclureDemo: boolean },
): Promise<string[]> {
  const conditions = [eq(adhesions.role, filtre.role), eq(utilisateurs.actif, true)];
  if (filtre.structureId) conditions.push(eq(adhesions.structureId, filtre.structureId));
  if (filtre.departementCode) conditions.push(eq(adhesions.departementCode, filtre.departementCode));
  if (!options.inclureDemo) conditions.push(eq(utilisateurs.demo, false));
  const rows = await db
    .selectDistinct({ email: utilisateurs.email })
    .from(adhesions)
    .innerJoin(utilisateurs, eq(utilisateurs.id, adhesions.utilisateurId))
    .where(and(...conditions));
  return rows.map((r) => r.email).sort();
}
