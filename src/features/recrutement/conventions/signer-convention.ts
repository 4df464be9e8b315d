import { eq } from 'drizzle-orm';
import { conventions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { TRANSITIONS_CONVENTION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_CONVENTION_LABELS, type StatutConvention } from '../domain/types.ts';
import { stockerFichier } from '../fichiers.ts';
import { can } from '../policy.ts';
import { chargerConvention, ressourceConvention } from './repo.ts';

export const TAILLE_MAX_PDF = 10 * 1024 * 1024;
export const CONVENTION_INTROUVABLE = 'Convention introuvable.';

/**
 * A convention becomes signed when the structure uploads the signed PDF, or when ANCT records that it
 * received it signed (with or without the file).
 */
export async function signerConvention(
  ctx: ContexteUtilisateur,
  conventionId: string,
  fichier: { nom: string; contenu: Buffer } | null,
): Promise<Result<{ id: string; statut: StatutConvention }>> {
  if (fichier) {
    if (fichier.contenu.length > TAILLE_MAX_PDF) {
      return fail('fichier_trop_volumineux', 'Le fichier dépasse 10 Mo.', 413, {
        fichier: 'Le fichier dépasse 10 Mo.',
      });
    }
    if (fichier.contenu.subarray(0, 5).toString('latin1') !== '%PDF-') {
      return fail('fichier_invalide', 'Déposez la convention signée au format PDF.', 422, {
        fichier: 'Déposez un fichier PDF.',
      });
    }
  }
  return inTransaction(ctx, async (tx) => {
    const c = await chargerConvention(tx.db, conventionId, { verrou: true });
    if (!c || !can(ctx.actor, 'voir', ressourceConvention(c)))
      return fail('introuvable', CONVENTION_INTROUVABLE, 404);
    const parStructure = can(ctx.actor, 'deposer_signee', ressourceConvention(c));
    const parAnct = can(ctx.actor, 'valider_signature', ressourceConvention(c));
    if (!parStructure && !parAnct)
      return fail('acces_refuse', 'Vous ne pouvez pas signer cette convention.', 403);
    if (parStructure && !parAnct && !fichier) {
      return fail('fichier_requis', 'Déposez la convention signée (PDF).', 422, {
        fichier: 'Déposez la convention signée (PDF).',
      });
    }
    const t = verifierTransition(
      TRANSITIONS_CONVENTION,
      c.statut as StatutConvention,
      'SIGNEE',
      STATUT_CONVENTION_LABELS,
    );
    if (!t.ok) return t;
    const fichierSigneId = fichier
      ? await stockerFichier(tx.db, {
          nom: `convention-${c.numero}-signee.pdf`,
          typeMime: 'application/pdf',
          contenu: fichier.contenu,
          now: tx.now,
        })
      : null;
    await tx.db
      .update(conventions)
      .set({ statut: 'SIGNEE', signeeLe: tx.now, ...(fichierSigneId ? { fichierSigneId } : {}) })
      .where(eq(conventions.id, c.id));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'convention.signee',
      entityType: 'convention',
      entityId: c.id,
      departementCode: c.departementCode,
      structureId: c.structureId,
      ip: tx.ip,
      details: { numero: c.numero, fichier: fichier ? fichier.nom : null },
    });
    return ok({ id: c.id, statut: 'SIGNEE' as const });
  });
}
