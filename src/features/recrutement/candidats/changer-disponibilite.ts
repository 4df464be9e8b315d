import { and, eq, inArray } from 'drizzle-orm';
import { candidats, misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { TRANSITIONS_CANDIDAT, verifierTransition } from '../domain/transitions.ts';
import { STATUT_CANDIDAT_LABELS, STATUTS_PROPOSITION_OUVERTE, type StatutCandidat } from '../domain/types.ts';
import { apparierApres } from '../mises-en-relation/apparier.ts';
import { candidatEnPoste, verrouillerCandidat } from '../repo.ts';
import { CANDIDATURE_PERSONNELLE_INTROUVABLE, utilisateurCandidat } from './modifier-candidat.ts';

/**
 * The candidate pauses its application (its open proposals close: structures see it unavailable) or
 * resumes it (those proposals reopen).
 */
export async function changerDisponibilite(
  ctx: ContexteUtilisateur,
  statut: Extract<StatutCandidat, 'actif' | 'en_pause'>,
): Promise<Result<{ id: string; statut: StatutCandidat; propositions: number }>> {
  const utilisateurId = utilisateurCandidat(ctx.actor);
  if (!utilisateurId) return fail('acces_refuse', 'Seul le candidat change sa disponibilité.', 403);
  const r = await inTransaction(ctx, async ({ db: tx, now, actor, ip }) => {
    const [mine] = await tx
      .select({ id: candidats.id })
      .from(candidats)
      .where(eq(candidats.utilisateurId, utilisateurId));
    const c = mine && (await verrouillerCandidat(tx, mine.id));
    if (!c) return fail('introuvable', CANDIDATURE_PERSONNELLE_INTROUVABLE, 404);
    const t = verifierTransition(
      TRANSITIONS_CANDIDAT,
      c.statut as StatutCandidat,
      statut,
      STATUT_CANDIDAT_LABELS,
    );
    if (!t.ok) return t;
    await tx.update(candidats).set({ statut, modifieLe: now }).where(eq(candidats.id, c.id));
    let changees: { id: string }[] = [];
    if (statut === 'en_pause') {
      changees = await tx
        .update(misesEnRelation)
        .set({ statut: 'non_disponible', modifieLe: now })
        .where(
          and(
            eq(misesEnRelation.candidatId, c.id),
            inArray(misesEnRelation.statut, [...STATUTS_PROPOSITION_OUVERTE]),
          ),
        )
        .returning({ id: misesEnRelation.id });
    } else if (!(await candidatEnPoste(tx, c.id))) {
      changees = await tx
        .update(misesEnRelation)
        .set({ statut: 'nouvelle', modifieLe: now })
        .where(and(eq(misesEnRelation.candidatId, c.id), eq(misesEnRelation.statut, 'non_disponible')))
        .returning({ id: misesEnRelation.id });
    }
    await recordAudit(tx, {
      actor,
      action: statut === 'en_pause' ? 'candidat.en_pause' : 'candidat.reactive',
      entityType: 'candidat',
      entityId: c.id,
      departementCode: c.departementCode,
      ip,
      details: { propositions: changees.length },
    });
    return ok({ id: c.id, statut, propositions: changees.length });
  });
  if (r.ok && statut === 'actif') await apparierApres(ctx, { candidatId: r.value.id });
  return r;
}
