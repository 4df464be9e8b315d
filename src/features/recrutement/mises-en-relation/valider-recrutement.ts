import { eq } from 'drizzle-orm';
import { misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { systemContext } from '../../../platform/context.ts';
import type { AppDeps } from '../../../platform/http/deps.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_MISE_EN_RELATION_LABELS, type StatutMiseEnRelation } from '../domain/types.ts';
import { envoyer, mailRecrutementValide } from '../emails.ts';
import { can } from '../policy.ts';
import { enTransaction } from '../transaction.ts';
import { chargerMiseEnRelation, MISE_EN_RELATION_INTROUVABLE, ressourceMiseEnRelation } from './repo.ts';

/** ANCT validates a recruitment the structure entered (the adviser then counts as validated). */
export async function validerRecrutement(
  deps: AppDeps,
  actor: Actor,
  miseEnRelationId: string,
  ctx: { ip?: string | undefined } = {},
): Promise<Result<{ id: string; statut: StatutMiseEnRelation }>> {
  let mail: ReturnType<typeof mailRecrutementValide> | null = null;
  const r = await enTransaction(deps.db, async (tx) => {
    const m = await chargerMiseEnRelation(tx, miseEnRelationId, { verrou: true });
    if (!m || !can(actor, 'voir', ressourceMiseEnRelation(m)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(actor, 'valider', ressourceMiseEnRelation(m)))
      return fail('acces_refuse', 'Seule l’ANCT valide un recrutement.', 403);
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      'validee',
      STATUT_MISE_EN_RELATION_LABELS,
    );
    if (!t.ok) return t;
    await tx
      .update(misesEnRelation)
      .set({ statut: 'validee', modifieLe: deps.now() })
      .where(eq(misesEnRelation.id, m.id));
    await recordAudit(tx, {
      actor,
      action: 'recrutement.valide',
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: ctx.ip,
      details: { candidat: m.candidatId },
    });
    if (m.candidatEmail) {
      mail = mailRecrutementValide(deps.config.baseUrl, {
        to: m.candidatEmail,
        prenom: m.candidatPrenom ?? '',
        structure: m.structureNom,
      });
    }
    return ok({ id: m.id, statut: 'validee' as const });
  });
  if (r.ok) await envoyer(systemContext(deps), [mail]);
  return r;
}
