import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { structures } from '../../db/schema/index.ts';

/**
 * Locks a structure's row until the caller's transaction ends, so that decisions counted per structure
 * (recruitments against its quota) run one at a time. Returns what the caller needs, or null.
 */
export async function verrouillerStructure(tx: Db, structureId: string) {
  const [row] = await tx
    .select({ id: structures.id, nom: structures.nom, departementCode: structures.departementCode })
    .from(structures)
    .where(eq(structures.id, structureId))
    .for('update');
  return row ?? null;
}
