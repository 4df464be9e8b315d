import { eq } from 'drizzle-orm';
import { misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_MISE_EN_RELATION_LABELS, type StatutMiseEnRelation } from '../domain/types.ts';
import { envoyer, mailInteretStructure } from '../emails.ts';
import { can, type MiseEnRelationAction } from '../policy.ts';
import { chargerMiseEnRelation, MISE_EN_RELATION_INTROUVABLE, ressourceMiseEnRelation } from './repo.ts';

/** The simple answers on a proposal: the structure's interest, the candidate's refusal. */
const REPONSES = {
  interessee: { action: 'repondre', refus: 'Seule la structure indique son intérêt.' },
  non_interessee: { action: 'repondre', refus: 'Seule la structure indique son intérêt.' },
  declinee: { action: 'decliner', refus: 'Seul le candidat peut décliner une proposition.' },
} as const satisfies Partial<Record<StatutMiseEnRelation, { action: MiseEnRelationAction; refus: string }>>;

export type Reponse = keyof typeof REPONSES;

export async function repondreProposition(
  ctx: ContexteUtilisateur,
  miseEnRelationId: string,
  reponse: Reponse,
): Promise<Result<{ id: string; statut: StatutMiseEnRelation }>> {
  const regle = REPONSES[reponse];
  if (!regle) return fail('reponse_inconnue', 'Réponse inconnue.', 400);
  let mail: ReturnType<typeof mailInteretStructure> | null = null;
  const r = await inTransaction(ctx, async (tx) => {
    const m = await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true });
    if (!m || !can(tx.actor, 'voir', ressourceMiseEnRelation(m)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, regle.action, ressourceMiseEnRelation(m)))
      return fail('acces_refuse', regle.refus, 403);
    if (m.statut === 'a_confirmer') {
      // Declining a recorded hire reopens the candidate's other proposals: confirmerRecrutement does it.
      return fail(
        'recrutement_a_confirmer',
        'Ce recrutement attend votre réponse : confirmez-le ou déclinez-le depuis vos propositions.',
        409,
      );
    }
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      reponse,
      STATUT_MISE_EN_RELATION_LABELS,
    );
    if (!t.ok) return t;
    await tx.db
      .update(misesEnRelation)
      .set({ statut: reponse, modifieLe: tx.now })
      .where(eq(misesEnRelation.id, m.id));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: `mise_en_relation.${reponse}`,
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: tx.ip,
      details: { de: m.statut, vers: reponse, candidat: m.candidatId },
    });
    if (reponse === 'interessee' && m.candidatEmail) {
      mail = mailInteretStructure(tx.config.baseUrl, {
        to: m.candidatEmail,
        prenom: m.candidatPrenom ?? '',
        structure: m.structureNom,
      });
    }
    return ok({ id: m.id, statut: reponse });
  });
  if (r.ok) await envoyer(ctx, [mail]);
  return r;
}
