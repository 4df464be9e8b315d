import { eq } from 'drizzle-orm';
import { misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_MISE_EN_RELATION_LABELS, type StatutMiseEnRelation } from '../domain/types.ts';
import { envoyer, mailRecrutementValide } from '../emails.ts';
import { can } from '../policy.ts';
import { chargerMiseEnRelation, MISE_EN_RELATION_INTROUVABLE, ressourceMiseEnRelation } from './repo.ts';

/** ANCT validates a recruitment the structure entered (the adviser then counts as validated). */
export async function validerRecrutement(
  ctx: ContexteUtilisateur,
  miseEnRelationId: string,
): Promise<Result<{ id: string; statut: StatutMiseEnRelation }>> {
  let mail: ReturnType<typeof mailRecrutementValide> | null = null;
  const r = await inTransaction(ctx, async (tx) => {
    const m = await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true });
    if (!m || !can(tx.actor, 'voir', ressourceMiseEnRelation(m)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, 'valider', ressourceMiseEnRelation(m)))
      return fail('acces_refuse', 'Seule l’ANCT valide un recrutement.', 403);
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      'validee',
      STATUT_MISE_EN_RELATION_LABELS,
    );
    if (!t.ok) return t;
    await tx.db
      .update(misesEnRelation)
      .set({ statut: 'validee', modifieLe: tx.now })
      .where(eq(misesEnRelation.id, m.id));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'recrutement.valide',
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: tx.ip,
      details: { candidat: m.candidatId },
    });
    if (m.candidatEmail) {
      mail = mailRecrutementValide(tx.config.baseUrl, {
        to: m.candidatEmail,
        prenom: m.candidatPrenom ?? '',
        structure: m.structureNom,
      });
    }
    return ok({ id: m.id, statut: 'validee' as const });
  });
  if (r.ok) await envoyer(ctx, [mail]);
  return r;
}
