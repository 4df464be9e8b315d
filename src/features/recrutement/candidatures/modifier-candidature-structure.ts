import { eq } from 'drizzle-orm';
import { candidaturesStructures } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { enregistrerStructure } from '../../structures/index.ts';
import { can } from '../policy.ts';
import { chargerCandidature, estExaminee } from '../repo.ts';
import { modificationCandidatureSchema } from '../schemas.ts';

export const CANDIDATURE_INTROUVABLE = 'Candidature introuvable.';

/** The structure edits its application while nobody has examined it yet. */
export async function modifierCandidatureStructure(
  ctx: ContexteUtilisateur,
  candidatureId: string,
  input: unknown,
): Promise<Result<{ id: string }>> {
  const parsed = modificationCandidatureSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const d = parsed.data;
  return inTransaction(ctx, async (tx) => {
    const c = await chargerCandidature(tx.db, candidatureId, { verrou: true });
    const resource = c && {
      type: 'candidature-structure' as const,
      structureId: c.structureId,
      departementCode: c.departementCode,
    };
    if (!c || !resource || !can(ctx.actor, 'voir', resource))
      return fail('introuvable', CANDIDATURE_INTROUVABLE, 404);
    if (!can(ctx.actor, 'modifier', resource))
      return fail('acces_refuse', 'Seule la structure peut modifier sa candidature.', 403);
    if (c.statut !== 'CREEE' || (await estExaminee(tx.db, c.id))) {
      return fail(
        'candidature_examinee',
        'Votre candidature a déjà été examinée (avis de la préfecture ou décision du comité) : elle ne peut plus être modifiée. Contactez la préfecture pour tout changement.',
        409,
      );
    }
    await tx.db
      .update(candidaturesStructures)
      .set({
        postesDemandes: d.postesDemandes,
        dateDebutSouhaitee: d.dateDebutSouhaitee,
        motivation: d.motivation,
        contactPrenom: d.contactPrenom,
        contactNom: d.contactNom,
        contactFonction: d.contactFonction,
        contactEmail: d.contactEmail,
        contactTelephone: d.contactTelephone ?? null,
        modifieLe: tx.now,
      })
      .where(eq(candidaturesStructures.id, c.id));
    const structure = await enregistrerStructure(tx, {
      id: c.structureId,
      valeurs: {
        qpv: d.qpv,
        zrr: d.zrr,
        franceServices: d.franceServices,
        reseauNational: d.reseauNational ?? null,
      },
    });
    if (!structure.ok) return structure;
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'candidature_structure.modifiee',
      entityType: 'candidature_structure',
      entityId: c.id,
      departementCode: c.departementCode,
      structureId: c.structureId,
      ip: tx.ip,
      details: { postesDemandes: d.postesDemandes, dateDebutSouhaitee: d.dateDebutSouhaitee },
    });
    return ok({ id: c.id });
  });
}
