import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adhesions, utilisateurs } from '../../db/schema/index.ts';
import type { Role } from '../../platform/auth/roles.ts';

/**
 * The active people holding one of `roles` in a structure (read-only, for other features: the activity
 * API checks the adviser named in a request belongs to the token's structure).
 */
export async function membresDeStructure(
  db: Db,
  structureId: string,
  roles: Role[],
): Promise<{ utilisateurId: string; role: Role }[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .select({ utilisateurId: adhesions.utilisateurId, role: adhesions.role })
    .from(adhesions)
    .innerJoin(utilisateurs, eq(utilisateurs.id, adhesions.utilisateurId))
    .where(
      and(
        eq(adhesions.structureId, structureId),
        inArray(adhesions.role, roles),
        eq(utilisateurs.actif, true),
      ),
    );
  return rows.map((r) => ({ utilisateurId: r.utilisateurId, role: r.role as Role }));
}
