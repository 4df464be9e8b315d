import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { contrats, misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { retirerRole } from '../../comptes/index.ts';
import { verrouillerStructure } from '../../structures/index.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import {
  MOTIFS_RUPTURE,
  STATUT_MISE_EN_RELATION_LABELS,
  type StatutMiseEnRelation,
} from '../domain/types.ts';
import { can } from '../policy.ts';
import { dateIso } from '../schemas.ts';
import { chargerMiseEnRelation, MISE_EN_RELATION_INTROUVABLE, ressourceMiseEnRelation } from './repo.ts';

export const ruptureSchema = z.object({
  motif: z.enum(MOTIFS_RUPTURE, { error: 'Choisissez le motif de la fin de contrat.' }),
  date: dateIso('la date de fin du contrat'),
});

/**
 * The contract ends (reason and date): the post is free again for the structure, the person stops
 * being a `conseiller` member of it.
 */
export async function rompreContrat(
  ctx: ContexteUtilisateur,
  miseEnRelationId: string,
  input: unknown,
): Promise<Result<{ id: string; statut: StatutMiseEnRelation }>> {
  return inTransaction(ctx, async (tx) => {
    const m0 = await chargerMiseEnRelation(tx.db, miseEnRelationId);
    if (!m0 || !can(tx.actor, 'voir', ressourceMiseEnRelation(m0)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, 'rompre', ressourceMiseEnRelation(m0))) {
      return fail('acces_refuse', 'Seule la structure ou l’ANCT enregistre la fin d’un contrat.', 403);
    }
    // The form is read only once the contract is known to be the actor's (issue 9: ownership first).
    const parsed = ruptureSchema.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
    }
    // Same lock order as recruitment (structure first), so the two never deadlock.
    await verrouillerStructure(tx.db, m0.structureId);
    const m = (await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true }))!;
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      'rupture',
      STATUT_MISE_EN_RELATION_LABELS,
    );
    if (!t.ok) return t;
    const [contrat] = await tx.db.select().from(contrats).where(eq(contrats.miseEnRelationId, m.id));
    if (contrat && parsed.data.date < contrat.dateDebut) {
      return fail('date_rupture_invalide', 'La fin du contrat ne peut précéder son début.', 422, {
        date: 'La fin du contrat ne peut précéder son début.',
      });
    }
    const now = tx.now;
    if (contrat) {
      await tx.db
        .update(contrats)
        .set({ motifRupture: parsed.data.motif, dateRupture: parsed.data.date, modifieLe: now })
        .where(eq(contrats.id, contrat.id));
    }
    await tx.db
      .update(misesEnRelation)
      .set({ statut: 'rupture', modifieLe: now })
      .where(eq(misesEnRelation.id, m.id));
    if (m.candidatUtilisateurId) {
      await retirerRole(tx, {
        utilisateurId: m.candidatUtilisateurId,
        role: 'conseiller',
        structureId: m.structureId,
      });
    }
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'recrutement.rupture',
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: tx.ip,
      details: { motif: parsed.data.motif, date: parsed.data.date, de: m.statut },
    });
    return ok({ id: m.id, statut: 'rupture' as const });
  });
}
