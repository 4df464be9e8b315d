import { eq } from 'drizzle-orm';
import { conventions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { emailsDuRole } from '../../comptes/index.ts';
import { TRANSITIONS_CONVENTION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_CONVENTION_LABELS, type StatutConvention } from '../domain/types.ts';
import { envoyer, mailSignatureAVerifier } from '../emails.ts';
import { stockerFichier } from '../fichiers.ts';
import { can } from '../policy.ts';
import { chargerConvention, ressourceConvention } from './repo.ts';

export const TAILLE_MAX_PDF = 10 * 1024 * 1024;
export const CONVENTION_INTROUVABLE = 'Convention introuvable.';

/**
 * The structure uploads the signed PDF. The convention is not signed yet: the copy waits for ANCT's
 * review (SIGNATURE_A_VERIFIER), and only a validated signature counts as conventionnée. A copy ANCT
 * sent back may be uploaded again.
 */
export async function signerConvention(
  ctx: ContexteUtilisateur,
  conventionId: string,
  fichier: { nom: string; contenu: Buffer } | null,
): Promise<Result<{ id: string; statut: StatutConvention }>> {
  if (fichier && fichier.contenu.length > TAILLE_MAX_PDF) {
    return fail('fichier_trop_volumineux', 'Le fichier dépasse 10 Mo.', 413, {
      fichier: 'Le fichier dépasse 10 Mo.',
    });
  }
  if (fichier && fichier.contenu.subarray(0, 5).toString('latin1') !== '%PDF-') {
    return fail('fichier_invalide', 'Déposez la convention signée au format PDF.', 422, {
      fichier: 'Déposez un fichier PDF.',
    });
  }
  let mails: ReturnType<typeof mailSignatureAVerifier> = [];
  const r = await inTransaction(ctx, async (tx) => {
    const c = await chargerConvention(tx.db, conventionId, { verrou: true });
    if (!c || !can(ctx.actor, 'voir', ressourceConvention(c)))
      return fail('introuvable', CONVENTION_INTROUVABLE, 404);
    if (!can(ctx.actor, 'deposer_signee', ressourceConvention(c)))
      return fail('acces_refuse', 'Seule la structure dépose sa convention signée.', 403);
    // Checked once the convention is known to be in reach (404/403 first).
    if (!fichier) {
      return fail('fichier_requis', 'Déposez la convention signée (PDF).', 422, {
        fichier: 'Déposez la convention signée (PDF).',
      });
    }
    const t = verifierTransition(
      TRANSITIONS_CONVENTION,
      c.statut as StatutConvention,
      'SIGNATURE_A_VERIFIER',
      STATUT_CONVENTION_LABELS,
    );
    if (!t.ok) return t;
    const fichierSigneId = await stockerFichier(tx.db, {
      nom: `convention-${c.numero}-signee.pdf`,
      typeMime: 'application/pdf',
      contenu: fichier.contenu,
      now: tx.now,
    });
    await tx.db
      .update(conventions)
      .set({ statut: 'SIGNATURE_A_VERIFIER', signatureDeposeeLe: tx.now, motifRenvoi: null, fichierSigneId })
      .where(eq(conventions.id, c.id));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'convention.signature_deposee',
      entityType: 'convention',
      entityId: c.id,
      departementCode: c.departementCode,
      structureId: c.structureId,
      ip: tx.ip,
      details: { numero: c.numero, fichier: fichier.nom, renvoiPrecedent: c.motifRenvoi },
    });
    mails = mailSignatureAVerifier(tx.config.baseUrl, {
      to: await emailsDuRole(tx.db, 'anct'),
      structure: c.structureNom,
      numero: c.numero,
      conventionId: c.id,
    });
    return ok({ id: c.id, statut: 'SIGNATURE_A_VERIFIER' as const });
  });
  if (r.ok) await envoyer(ctx, mails);
  return r;
}
