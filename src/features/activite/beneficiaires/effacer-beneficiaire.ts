import { and, eq, isNull } from 'drizzle-orm';
import { beneficiaires } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { beneficiaireAutorise } from './acces.ts';

/**
 * What erasure blanks: every field that names or reaches the person. The statistical profile (genre,
 * tranche, statut, commune), `anonyme` and the accompaniments stay, so past statistics do not change
 * (ADR 022); `efface_le` hides the row everywhere.
 */
export const CHAMPS_EFFACES = {
  prenom: null,
  nom: null,
  telephone: null,
  courriel: null,
  anneeNaissance: null,
  notes: null,
} as const;

/** Erasure at the person's request, by the adviser who follows them. The journal names no one. */
export async function effacerBeneficiaire(ctx: UseCaseContext, id: string): Promise<Result<{ id: string }>> {
  const acces = await beneficiaireAutorise(ctx, 'effacer', id);
  if (!acces.ok) return acces;
  return inTransaction(ctx, async (tx) => {
    const maj = await tx.db
      .update(beneficiaires)
      .set({ ...CHAMPS_EFFACES, effaceLe: tx.now, modifieLe: tx.now })
      .where(
        and(eq(beneficiaires.id, id), isNull(beneficiaires.effaceLe), isNull(beneficiaires.fusionneDans)),
      )
      .returning({ id: beneficiaires.id });
    if (maj.length !== 1) return fail('beneficiaire_introuvable', 'Cette personne est déjà effacée.', 404);
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'activite.beneficiaire.effacement',
      entityType: 'beneficiaire',
      entityId: id,
      structureId: acces.value.structureId,
      ip: tx.ip,
      details: { motif: 'demande' },
    });
    return ok({ id });
  });
}
