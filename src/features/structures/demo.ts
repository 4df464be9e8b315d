import type { Db } from '../../db/client.ts';
import { structures } from '../../db/schema/index.ts';

export type StructureDemo = typeof structures.$inferInsert & { id: string };

/** Inserts demo structures with fixed ids; existing rows are left as they are (idempotent seed). */
export async function insererStructuresDemo(db: Db, lignes: readonly StructureDemo[]): Promise<void> {
  if (lignes.length === 0) return;
  await db
    .insert(structures)
    .values([...lignes])
    .onConflictDoNothing({ target: structures.id });
}
