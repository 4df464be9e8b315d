import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { jetonsApi } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { UseCaseContext } from '../../platform/context.ts';
import { fail, ok, type Result } from '../../platform/result.ts';
import { chargerJeton } from './jetons-queries.ts';
import { can } from './policy.ts';

/** Revokes a token: the next request made with it gets a 401 `jeton_invalide`. */
export async function revoquerJetonApi(ctx: UseCaseContext, raw: unknown): Promise<Result<{ nom: string }>> {
  const parsed = z.object({ id: z.uuid() }).safeParse(raw);
  const introuvable = fail('jeton_introuvable', 'Ce jeton n’existe pas.', 404);
  if (!parsed.success) return introuvable;
  const jeton = await chargerJeton(ctx.db, parsed.data.id);
  if (!jeton) return introuvable;
  if (
    !can(ctx.actor, 'revoquer', {
      type: 'jeton-api',
      departementCode: jeton.departementCode,
      structureId: jeton.structureId,
    })
  ) {
    return fail('acces_refuse', 'Vous n’avez pas le droit de révoquer ce jeton.', 403);
  }
  if (jeton.revoqueLe) return fail('deja_revoque', 'Ce jeton est déjà révoqué.', 409);
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(jetonsApi)
      .set({ revoqueLe: ctx.now })
      .where(and(eq(jetonsApi.id, jeton.id), isNull(jetonsApi.revoqueLe)))
      .returning({ id: jetonsApi.id });
    if (updated.length === 0) return fail('deja_revoque', 'Ce jeton est déjà révoqué.', 409);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: 'jeton_api.revoque',
      entityType: 'jeton_api',
      entityId: jeton.id,
      departementCode: jeton.departementCode,
      structureId: jeton.structureId,
      ip: ctx.ip,
      details: { nom: jeton.nom, prefixe: jeton.prefixe },
    });
    return ok({ nom: jeton.nom });
  });
}
