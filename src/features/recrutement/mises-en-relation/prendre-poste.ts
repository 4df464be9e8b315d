import { and, eq, inArray, lte } from 'drizzle-orm';
import { contrats, misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { dateParis } from '../domain/parametres.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_MISE_EN_RELATION_LABELS, type StatutMiseEnRelation } from '../domain/types.ts';
import { can } from '../policy.ts';
import { chargerMiseEnRelation, MISE_EN_RELATION_INTROUVABLE, ressourceMiseEnRelation } from './repo.ts';

/** A validated adviser takes up the post (recorded by the structure or ANCT). */
export async function prendrePoste(
  ctx: ContexteUtilisateur,
  miseEnRelationId: string,
): Promise<Result<{ id: string; statut: StatutMiseEnRelation }>> {
  return inTransaction(ctx, async (tx) => {
    const m = await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true });
    if (!m || !can(tx.actor, 'voir', ressourceMiseEnRelation(m)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, 'prendre_poste', ressourceMiseEnRelation(m))) {
      return fail('acces_refuse', 'Seule la structure ou l’ANCT enregistre une prise de poste.', 403);
    }
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      'en_poste',
      STATUT_MISE_EN_RELATION_LABELS,
    );
    if (!t.ok) {
      return m.statut === 'recrutee'
        ? fail('validation_requise', 'L’ANCT doit d’abord valider ce recrutement.', 409)
        : t;
    }
    await tx.db
      .update(misesEnRelation)
      .set({ statut: 'en_poste', modifieLe: tx.now })
      .where(eq(misesEnRelation.id, m.id));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'recrutement.prise_de_poste',
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: tx.ip,
    });
    return ok({ id: m.id, statut: 'en_poste' as const });
  });
}

/** Nightly: validated recruitments whose contract has started are in post. */
export async function prisesDePosteEchues(ctx: UseCaseContext): Promise<number> {
  const aujourdhui = dateParis(ctx.now);
  const r = await inTransaction(ctx, async (tx) => {
    const echus = tx.db
      .select({ id: contrats.miseEnRelationId })
      .from(contrats)
      .where(lte(contrats.dateDebut, aujourdhui));
    const rows = await tx.db
      .update(misesEnRelation)
      .set({ statut: 'en_poste', modifieLe: tx.now })
      .where(and(eq(misesEnRelation.statut, 'validee'), inArray(misesEnRelation.id, echus)))
      .returning({ id: misesEnRelation.id });
    if (rows.length > 0) {
      await recordAudit(tx.db, {
        actor: tx.actor,
        action: 'recrutement.prises_de_poste_echues',
        entityType: 'mise_en_relation',
        details: { nombre: rows.length, ids: rows.slice(0, 100).map((r) => r.id) },
      });
    }
    return ok(rows.length);
  });
  return r.ok ? r.value : 0;
}
