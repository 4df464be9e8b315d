import { eq } from 'drizzle-orm';
import { candidaturesStructures, structures } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppDeps } from '../../../platform/http/deps.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { can } from '../policy.ts';
import { chargerCandidature, estExaminee } from '../repo.ts';
import { modificationCandidatureSchema } from '../schemas.ts';
import { enTransaction } from '../transaction.ts';

export const CANDIDATURE_INTROUVABLE = 'Candidature introuvable.';

/** The structure edits its application while nobody has examined it yet. */
export async function modifierCandidatureStructure(
  deps: AppDeps,
  actor: Actor,
  candidatureId: string,
  input: unknown,
  ctx: { ip?: string | undefined } = {},
): Promise<Result<{ id: string }>> {
  const parsed = modificationCandidatureSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const d = parsed.data;
  return enTransaction(deps.db, async (tx) => {
    const c = await chargerCandidature(tx, candidatureId, { verrou: true });
    const resource = c && {
      type: 'candidature-structure' as const,
      structureId: c.structureId,
      departementCode: c.departementCode,
    };
    if (!c || !resource || !can(actor, 'voir', resource))
      return fail('introuvable', CANDIDATURE_INTROUVABLE, 404);
    if (!can(actor, 'modifier', resource))
      return fail('acces_refuse', 'Seule la structure peut modifier sa candidature.', 403);
    if (c.statut !== 'CREEE' || (await estExaminee(tx, c.id))) {
      return fail(
        'candidature_examinee',
        'Votre candidature a déjà été examinée (avis de la préfecture ou décision du comité) : elle ne peut plus être modifiée. Contactez la préfecture pour tout changement.',
        409,
      );
    }
    const now = deps.now();
    await tx
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
        modifieLe: now,
      })
      .where(eq(candidaturesStructures.id, c.id));
    await tx
      .update(structures)
      .set({
        qpv: d.qpv,
        zrr: d.zrr,
        franceServices: d.franceServices,
        reseauNational: d.reseauNational ?? null,
        modifieLe: now,
      })
      .where(eq(structures.id, c.structureId));
    await recordAudit(tx, {
      actor,
      action: 'candidature_structure.modifiee',
      entityType: 'candidature_structure',
      entityId: c.id,
      departementCode: c.departementCode,
      structureId: c.structureId,
      ip: ctx.ip,
      details: { postesDemandes: d.postesDemandes, dateDebutSouhaitee: d.dateDebutSouhaitee },
    });
    return ok({ id: c.id });
  });
}
