import { and, eq, ne } from 'drizzle-orm';
import { ateliersInscriptions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { courriel, envoyer, lieuDe } from './courriels.ts';
import { lireJeton } from './jeton.ts';
import { promouvoir } from './places.ts';
import {
  type AtelierLigne,
  atelierParId,
  type InscriptionLigne,
  inscriptionParId,
  verrouillerAtelier,
} from './repo.ts';

export const LIEN_INVALIDE =
  'Ce lien d’annulation n’est pas valide. Utilisez le lien reçu par e-mail, sans le modifier.';

/** What a cancellation link names, for the confirmation page (or why it cannot be used). */
export async function lireLienAnnulation(
  ctx: UseCaseContext,
  jeton: string,
): Promise<Result<{ inscription: InscriptionLigne; atelier: AtelierLigne }>> {
  const id = lireJeton(ctx.config.sessionSecret, jeton);
  const inscription = id ? await inscriptionParId(ctx.db, id) : null;
  const atelier = inscription ? await atelierParId(ctx.db, inscription.atelierId) : null;
  if (!inscription || !atelier) return fail('lien_invalide', LIEN_INVALIDE, 400);
  if (inscription.statut === 'annulee')
    return fail('deja_annulee', 'Cette inscription est déjà annulée.', 410);
  if (atelier.debut.getTime() <= ctx.now.getTime())
    return fail('lien_expire', 'Ce lien a expiré : l’atelier a déjà commencé ou est passé.', 410);
  return ok({ inscription, atelier });
}

/**
 * Cancels a registration from the signed link; a freed seat goes to the first on the waiting list in
 * the same transaction, and that person is told by e-mail.
 */
export async function desinscrire(
  ctx: UseCaseContext,
  jeton: string,
): Promise<Result<{ atelierId: string }>> {
  const lu = await lireLienAnnulation(ctx, jeton);
  if (!lu.ok) return lu;
  const r = await inTransaction(ctx, async (tx) => {
    const atelier = await verrouillerAtelier(tx.db, lu.value.atelier.id);
    const [annulee] = await tx.db
      .update(ateliersInscriptions)
      .set({ statut: 'annulee', rangAttente: null, annuleeLe: tx.now })
      .where(
        and(eq(ateliersInscriptions.id, lu.value.inscription.id), ne(ateliersInscriptions.statut, 'annulee')),
      )
      .returning();
    if (!atelier || !annulee) return fail('deja_annulee', 'Cette inscription est déjà annulée.', 410);
    const promues = await promouvoir(tx.db, atelier);
    await recordAudit(tx.db, {
      actor: null,
      action: 'atelier.desinscription',
      entityType: 'atelier',
      entityId: atelier.id,
      departementCode: atelier.departementCode,
      structureId: atelier.structureId,
      ip: tx.ip,
      details: { inscriptionId: annulee.id, promues: promues.map((p) => p.id) },
    });
    return ok({ atelier, annulee, promues });
  });
  if (!r.ok) return r;
  const { atelier, annulee, promues } = r.value;
  const lieu = await lieuDe(ctx, atelier);
  await envoyer(ctx, [
    courriel(ctx, 'desinscription', atelier, lieu, annulee),
    ...promues.map((p) => courriel(ctx, 'promue', atelier, lieu, p)),
  ]);
  return ok({ atelierId: atelier.id });
}
