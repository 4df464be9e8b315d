import { eq } from 'drizzle-orm';
import { candidaturesStructures } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { TRANSITIONS_CANDIDATURE_STRUCTURE, verifierTransition } from '../domain/transitions.ts';
import { STATUT_CANDIDATURE_STRUCTURE_LABELS, type StatutCandidatureStructure } from '../domain/types.ts';
import { can } from '../policy.ts';
import { chargerCandidature, postesOccupesStructure } from '../repo.ts';
import { CANDIDATURE_INTROUVABLE } from './modifier-candidature-structure.ts';

/**
 * The structure withdraws (ABANDON); ANCT may also close an application as cancelled or duplicate.
 * Posts already held by advisers must be freed first: the quota rule would otherwise break.
 */
export async function retirerCandidatureStructure(
  ctx: ContexteUtilisateur,
  candidatureId: string,
  statut: Extract<StatutCandidatureStructure, 'ABANDON' | 'ANNULEE' | 'DOUBLON'> = 'ABANDON',
): Promise<Result<{ id: string; statut: StatutCandidatureStructure }>> {
  return inTransaction(ctx, async (tx) => {
    const c = await chargerCandidature(tx.db, candidatureId, { verrou: true });
    const resource = c && {
      type: 'candidature-structure' as const,
      structureId: c.structureId,
      departementCode: c.departementCode,
    };
    if (!c || !resource || !can(ctx.actor, 'voir', resource))
      return fail('introuvable', CANDIDATURE_INTROUVABLE, 404);
    const action = statut === 'ABANDON' ? 'retirer' : 'corriger';
    if (!can(ctx.actor, action, resource)) {
      return fail(
        'acces_refuse',
        statut === 'ABANDON'
          ? 'Seule la structure peut retirer sa candidature.'
          : 'Seule l’ANCT peut annuler une candidature ou la marquer en doublon.',
        403,
      );
    }
    const t = verifierTransition(
      TRANSITIONS_CANDIDATURE_STRUCTURE,
      c.statut as StatutCandidatureStructure,
      statut,
      STATUT_CANDIDATURE_STRUCTURE_LABELS,
    );
    if (!t.ok) return t;
    const occupes = await postesOccupesStructure(tx.db, c.structureId);
    if (occupes > 0) {
      return fail(
        'postes_pourvus',
        `${occupes} conseiller${occupes > 1 ? 's sont recrutés' : ' est recruté'} sur les postes de cette structure : enregistrez d’abord la fin de ${occupes > 1 ? 'leurs contrats' : 'son contrat'}.`,
        409,
      );
    }
    await tx.db
      .update(candidaturesStructures)
      .set({ statut, modifieLe: tx.now })
      .where(eq(candidaturesStructures.id, c.id));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: statut === 'ABANDON' ? 'candidature_structure.retiree' : 'candidature_structure.corrigee',
      entityType: 'candidature_structure',
      entityId: c.id,
      departementCode: c.departementCode,
      structureId: c.structureId,
      ip: tx.ip,
      details: { de: c.statut, vers: statut },
    });
    return ok({ id: c.id, statut });
  });
}
