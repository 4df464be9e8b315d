import { eq } from 'drizzle-orm';
import { structures } from '../../db/schema/index.ts';
import { type AuditEvent, recordAudit } from '../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../platform/context.ts';
import { ok, type Result } from '../../platform/result.ts';

export type ValeursStructure = Omit<typeof structures.$inferInsert, 'id' | 'creeLe' | 'modifieLe'>;

/** What the caller records in the journal with the write (its own action code, in the same transaction). */
export type AuditStructure = Omit<AuditEvent, 'actor' | 'ip' | 'structureId'>;

/**
 * Creates a structure, or updates the given fields of an existing one (`id`), at `ctx.now`; inside the
 * caller's transaction when there is one, with the caller's audit entry when given.
 */
export async function enregistrerStructure(
  ctx: UseCaseContext,
  entree: { id?: undefined; valeurs: ValeursStructure } | { id: string; valeurs: Partial<ValeursStructure> },
  audit?: AuditStructure,
): Promise<Result<{ id: string; creee: boolean }>> {
  return inTransaction(ctx, async ({ db, now }) => {
    let id: string;
    let creee = false;
    if (entree.id !== undefined) {
      await db
        .update(structures)
        .set({ ...entree.valeurs, modifieLe: now })
        .where(eq(structures.id, entree.id));
      id = entree.id;
    } else {
      const [row] = await db
        .insert(structures)
        .values({ ...entree.valeurs, creeLe: now, modifieLe: now })
        .returning({ id: structures.id });
      id = row!.id;
      creee = true;
    }
    if (audit) await recordAudit(db, { ...audit, actor: ctx.actor, ip: ctx.ip, structureId: id });
    return ok({ id, creee });
  });
}
