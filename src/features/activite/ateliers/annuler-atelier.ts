import { and, eq, ne } from 'drizzle-orm';
import { ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { courriel, envoyer, lieuDe } from './courriels.ts';
import { peutAtelier } from './policy.ts';
import { verrouillerAtelier } from './repo.ts';

/** Cancels a workshop: it stays on its page as cancelled, every registrant is told by e-mail. */
export async function annulerAtelier(
  ctx: ContexteUtilisateur,
  atelierId: string,
): Promise<Result<{ prevenus: number }>> {
  const structureId = ctx.actor.active?.structureId ?? '';
  const r = await inTransaction(ctx, async (tx) => {
    const atelier = await verrouillerAtelier(tx.db, atelierId);
    if (
      !atelier ||
      atelier.structureId !== structureId ||
      !peutAtelier(ctx.actor, 'annuler', atelier.structureId)
    )
      return fail('atelier_introuvable', 'Cet atelier n’existe pas.', 404);
    if (atelier.statut === 'annule') return fail('deja_annule', 'Cet atelier est déjà annulé.', 409);
    const [annule] = await tx.db
      .update(ateliers)
      .set({ statut: 'annule', modifieLe: tx.now })
      .where(eq(ateliers.id, atelier.id))
      .returning();
    const inscrits = await tx.db
      .select()
      .from(ateliersInscriptions)
      .where(and(eq(ateliersInscriptions.atelierId, atelier.id), ne(ateliersInscriptions.statut, 'annulee')));
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'atelier.annulation',
      entityType: 'atelier',
      entityId: atelier.id,
      departementCode: atelier.departementCode,
      structureId: atelier.structureId,
      ip: ctx.ip,
      details: { inscrits: inscrits.length },
    });
    return ok({ atelier: annule!, inscrits });
  });
  if (!r.ok) return r;
  const lieu = await lieuDe(ctx, r.value.atelier);
  const mails = r.value.inscrits.map((i) => courriel(ctx, 'annulation', r.value.atelier, lieu, i));
  await envoyer(ctx, mails);
  return ok({ prevenus: mails.filter(Boolean).length });
}
