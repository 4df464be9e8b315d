import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { conventions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { TRANSITIONS_CONVENTION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_CONVENTION_LABELS, type StatutConvention } from '../domain/types.ts';
import { envoyer, mailSignatureVerifiee } from '../emails.ts';
import { can } from '../policy.ts';
import { chargerConvention, ressourceConvention } from './repo.ts';
import { CONVENTION_INTROUVABLE } from './signer-convention.ts';

const motifSchema = z
  .string({ error: 'Indiquez le motif du renvoi.' })
  .trim()
  .min(10, 'Indiquez le motif du renvoi (10 caractères au moins) : la structure le lira.')
  .max(1000, 'Le motif ne dépasse pas 1 000 caractères.');

export type VerdictSignature = { decision: 'valider' } | { decision: 'renvoyer'; motif: unknown };

/**
 * ANCT reviews a signed copy: it validates the signature (the convention is then SIGNEE and counts as
 * conventionnée), or sends it back with a reason the structure reads before uploading again. ANCT may
 * also validate a convention it received signed on paper, with no upload.
 */
export async function verifierSignature(
  ctx: ContexteUtilisateur,
  conventionId: string,
  verdict: VerdictSignature,
): Promise<Result<{ id: string; statut: StatutConvention }>> {
  let motif: string | undefined;
  let mail: ReturnType<typeof mailSignatureVerifiee> | null = null;
  const r = await inTransaction(ctx, async (tx) => {
    const c = await chargerConvention(tx.db, conventionId, { verrou: true });
    if (!c || !can(ctx.actor, 'voir', ressourceConvention(c)))
      return fail('introuvable', CONVENTION_INTROUVABLE, 404);
    if (!can(ctx.actor, 'valider_signature', ressourceConvention(c)))
      return fail('acces_refuse', 'Seule l’ANCT vérifie la signature d’une convention.', 403);
    // The reason is checked once the convention is known to be in reach (404/403 first).
    if (verdict.decision === 'renvoyer') {
      const p = motifSchema.safeParse(typeof verdict.motif === 'string' ? verdict.motif : '');
      if (!p.success) {
        const message = p.error.issues[0]?.message ?? 'Indiquez le motif du renvoi.';
        return fail('motif_invalide', message, 422, { motif: message });
      }
      motif = p.data;
    }
    const vers: StatutConvention = verdict.decision === 'valider' ? 'SIGNEE' : 'A_SIGNER';
    const depuis = c.statut as StatutConvention;
    if (verdict.decision === 'renvoyer' && depuis !== 'SIGNATURE_A_VERIFIER') {
      return fail('rien_a_renvoyer', 'Aucune convention signée n’attend de vérification.', 409);
    }
    const t = verifierTransition(TRANSITIONS_CONVENTION, depuis, vers, STATUT_CONVENTION_LABELS);
    if (!t.ok) return t;
    await tx.db
      .update(conventions)
      .set(
        vers === 'SIGNEE'
          ? { statut: vers, signeeLe: tx.now, motifRenvoi: null }
          : { statut: vers, motifRenvoi: motif },
      )
      .where(eq(conventions.id, c.id));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: vers === 'SIGNEE' ? 'convention.signee' : 'convention.signature_renvoyee',
      entityType: 'convention',
      entityId: c.id,
      departementCode: c.departementCode,
      structureId: c.structureId,
      ip: tx.ip,
      details: {
        numero: c.numero,
        statut: { de: depuis, vers },
        ...(motif ? { motif } : {}),
        surPapier: vers === 'SIGNEE' && depuis === 'A_SIGNER',
      },
    });
    if (c.contactEmail) {
      mail = mailSignatureVerifiee(tx.config.baseUrl, {
        to: c.contactEmail,
        structure: c.structureNom,
        numero: c.numero,
        validee: vers === 'SIGNEE',
        motif,
      });
    }
    return ok({ id: c.id, statut: vers });
  });
  if (r.ok) await envoyer(ctx, [mail]);
  return r;
}
