import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { adhesions, utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { isRole } from '../../../platform/auth/roles.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { can } from '../policies/index.ts';
import { chargerAdhesion } from './queries.ts';

const input = z.object({ adhesionId: z.uuid() });

/**
 * Removes a membership: ANCT anywhere, a structure manager within its own structure. Sessions that were
 * acting in it fall back to the person's other memberships (foreign key set null).
 */
export async function retirerAdhesion(
  ctx: UseCaseContext,
  raw: unknown,
): Promise<Result<{ utilisateurId: string; role: string }>> {
  const parsed = input.safeParse(raw);
  const introuvable = fail('adhesion_introuvable', 'Ce rôle n’existe pas ou a déjà été retiré.', 404);
  if (!parsed.success) return introuvable;
  const m = await chargerAdhesion(ctx.db, parsed.data.adhesionId);
  if (!m || !isRole(m.role)) return introuvable;
  const soiMeme = ctx.actor?.kind === 'user' && ctx.actor.active?.id === m.id;
  const resource = {
    type: 'adhesion',
    role: m.role,
    departementCode: m.departementCode,
    structureId: m.structureId,
    structureDepartementCode: m.structureDepartementCode,
    soiMeme,
  } as const;
  if (!can(ctx.actor, 'retirer', resource)) {
    return soiMeme
      ? fail('action_sur_soi', 'Vous ne pouvez pas retirer le rôle avec lequel vous agissez.', 403)
      : fail('acces_refuse', 'Vous n’avez pas le droit de retirer ce rôle.', 403);
  }
  return inTransaction(ctx, async (tx) => {
    const deleted = await tx.db
      .delete(adhesions)
      .where(eq(adhesions.id, m.id))
      .returning({ id: adhesions.id });
    if (deleted.length === 0) return introuvable;
    const [user] = await tx.db
      .select({ email: utilisateurs.email })
      .from(utilisateurs)
      .where(eq(utilisateurs.id, m.utilisateurId));
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'adhesion.retiree',
      entityType: 'utilisateur',
      entityId: m.utilisateurId,
      departementCode: m.departementCode ?? m.structureDepartementCode,
      structureId: m.structureId,
      ip: ctx.ip,
      details: {
        email: user?.email,
        adhesionId: m.id,
        role: m.role,
        departementCode: m.departementCode,
        structure: m.structureNom,
      },
    });
    return ok({ utilisateurId: m.utilisateurId, role: m.role });
  });
}
