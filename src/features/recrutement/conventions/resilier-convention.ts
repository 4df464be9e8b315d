import { eq } from 'drizzle-orm';
import { conventions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { TRANSITIONS_CONVENTION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_CONVENTION_LABELS, type StatutConvention } from '../domain/types.ts';
import { can } from '../policy.ts';
import { chargerConvention, ressourceConvention } from './repo.ts';
import { CONVENTION_INTROUVABLE } from './signer-convention.ts';

/** ANCT terminates a convention (with a reason). */
export async function resilierConvention(
  ctx: ContexteUtilisateur,
  conventionId: string,
  motif: string,
): Promise<Result<{ id: string; statut: StatutConvention }>> {
  return inTransaction(ctx, async (tx) => {
    const c = await chargerConvention(tx.db, conventionId, { verrou: true });
    if (!c || !can(ctx.actor, 'voir', ressourceConvention(c)))
      return fail('introuvable', CONVENTION_INTROUVABLE, 404);
    if (!can(ctx.actor, 'resilier', ressourceConvention(c)))
      return fail('acces_refuse', 'Seule l’ANCT résilie une convention.', 403);
    // The reason is read once the convention is known to exist (issue 9: ownership first).
    const m = motif.trim();
    if (m.length < 5 || m.length > 1000) {
      return fail('motif_invalide', 'Indiquez le motif de la résiliation (5 à 1 000 caractères).', 422, {
        motif: 'Indiquez le motif de la résiliation (5 à 1 000 caractères).',
      });
    }
    const t = verifierTransition(
      TRANSITIONS_CONVENTION,
      c.statut as StatutConvention,
      'RESILIEE',
      STATUT_CONVENTION_LABELS,
    );
    if (!t.ok) return t;
    await tx.db
      .update(conventions)
      .set({ statut: 'RESILIEE', resilieeLe: tx.now, motifResiliation: m })
      .where(eq(conventions.id, c.id));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'convention.resiliee',
      entityType: 'convention',
      entityId: c.id,
      departementCode: c.departementCode,
      structureId: c.structureId,
      ip: tx.ip,
      details: { numero: c.numero, motif: m },
    });
    return ok({ id: c.id, statut: 'RESILIEE' as const });
  });
}
