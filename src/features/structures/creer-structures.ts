import type { Db } from '../../db/client.ts';
import { structures } from '../../db/schema/index.ts';
import type { ValeursStructure } from './enregistrer-structure.ts';

const LOT = 500;

/**
 * Creates many structures at once (an import), with ids the caller chose so that it can attach its own
 * rows to them in the same transaction, dated `now`. The caller journals the import as one event.
 */
export async function creerStructures(
  ctx: { db: Db; now: Date },
  lignes: readonly (ValeursStructure & { id: string })[],
): Promise<void> {
  for (let i = 0; i < lignes.length; i += LOT) {
    await ctx.db
      .insert(structures)
      .values(lignes.slice(i, i + LOT).map((l) => ({ ...l, creeLe: ctx.now, modifieLe: ctx.now })));
  }
}
