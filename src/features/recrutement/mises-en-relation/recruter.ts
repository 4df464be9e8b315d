import { and, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import { contrats, misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { attribuerRole } from '../../comptes/index.ts';
import { verrouillerStructure } from '../../structures/index.ts';
import { verifierPosteDisponible } from '../domain/quota.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import {
  STATUT_MISE_EN_RELATION_LABELS,
  STATUTS_PROPOSITION_OUVERTE,
  type StatutMiseEnRelation,
  TYPES_CONTRAT,
} from '../domain/types.ts';
import { can } from '../policy.ts';
import { candidatEnPoste, postesStructure, verrouillerCandidat } from '../repo.ts';
import { dateIso } from '../schemas.ts';
import { chargerMiseEnRelation, MISE_EN_RELATION_INTROUVABLE, ressourceMiseEnRelation } from './repo.ts';

export const contratSchema = z
  .object({
    type: z.enum(TYPES_CONTRAT, {
      error: 'Choisissez le type de contrat : CDI, CDD, PEC ou contrat de projet.',
    }),
    dateDebut: dateIso('la date de début du contrat'),
    dateFin: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      dateIso('la date de fin du contrat').optional(),
    ),
    heuresHebdo: z.coerce
      .number({ error: 'Indiquez la durée hebdomadaire de travail.' })
      .min(1, 'La durée hebdomadaire est d’au moins 1 heure.')
      .max(48, 'La durée hebdomadaire ne dépasse pas 48 heures.'),
  })
  .superRefine((v, ctx) => {
    if (v.type !== 'CDI' && !v.dateFin) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateFin'],
        message: 'Indiquez la date de fin de ce contrat à durée déterminée.',
      });
    }
    if (v.type === 'CDI' && v.dateFin) {
      ctx.addIssue({ code: 'custom', path: ['dateFin'], message: 'Un CDI n’a pas de date de fin.' });
    }
    if (v.dateFin && v.dateFin <= v.dateDebut) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateFin'],
        message: 'La date de fin doit suivre la date de début.',
      });
    }
  });

/**
 * The structure recruits a candidate it marked as interesting. The structure's row is locked first:
 * two recruitments into the same structure run one after the other, so the second sees the first and
 * the quota rule (recruited + validated + in post ≤ granted) holds. The candidate's row is locked next:
 * two structures cannot recruit the same person. The person then leaves its other proposals and
 * becomes a `conseiller` member of the structure.
 */
export async function recruter(
  ctx: ContexteUtilisateur,
  miseEnRelationId: string,
  input: unknown,
): Promise<Result<{ id: string; contratId: string; postesRestants: number }>> {
  const parsed = contratSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const contrat = parsed.data;
  return inTransaction(ctx, async (tx) => {
    const m0 = await chargerMiseEnRelation(tx.db, miseEnRelationId);
    if (!m0 || !can(tx.actor, 'voir', ressourceMiseEnRelation(m0)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, 'recruter', ressourceMiseEnRelation(m0)))
      return fail('acces_refuse', 'Seule la structure recrute.', 403);

    await verrouillerStructure(tx.db, m0.structureId);
    const candidat = await verrouillerCandidat(tx.db, m0.candidatId);
    const m = (await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true }))!;
    if (await candidatEnPoste(tx.db, m.candidatId)) {
      return fail(
        'candidat_deja_recrute',
        'Ce candidat vient d’être recruté par une autre structure : il n’est plus disponible.',
        409,
      );
    }
    if (candidat?.statut !== 'actif') {
      return fail('candidat_indisponible', 'Ce candidat a suspendu ou retiré sa candidature.', 409);
    }
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      'recrutee',
      STATUT_MISE_EN_RELATION_LABELS,
    );
    if (!t.ok) {
      return m.statut === 'nouvelle'
        ? fail(
            'interet_requis',
            'Indiquez d’abord votre intérêt pour ce candidat, puis enregistrez son recrutement.',
            409,
          )
        : t;
    }
    const postes = verifierPosteDisponible(await postesStructure(tx.db, m.structureId));
    if (!postes.ok) return postes;

    const now = tx.now;
    const [c] = await tx.db
      .insert(contrats)
      .values({
        miseEnRelationId: m.id,
        type: contrat.type,
        dateDebut: contrat.dateDebut,
        dateFin: contrat.dateFin ?? null,
        heuresHebdo: contrat.heuresHebdo,
        creeLe: now,
        modifieLe: now,
      })
      .returning({ id: contrats.id });
    await tx.db
      .update(misesEnRelation)
      .set({ statut: 'recrutee', modifieLe: now })
      .where(eq(misesEnRelation.id, m.id));
    const fermees = await tx.db
      .update(misesEnRelation)
      .set({ statut: 'non_disponible', modifieLe: now })
      .where(
        and(
          eq(misesEnRelation.candidatId, m.candidatId),
          ne(misesEnRelation.id, m.id),
          inArray(misesEnRelation.statut, [...STATUTS_PROPOSITION_OUVERTE]),
        ),
      )
      .returning({ id: misesEnRelation.id });
    if (m.candidatUtilisateurId) {
      await attribuerRole(tx, {
        utilisateurId: m.candidatUtilisateurId,
        role: 'conseiller',
        structureId: m.structureId,
      });
    }
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'recrutement.enregistre',
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: tx.ip,
      details: {
        candidat: m.candidatId,
        contrat: { ...contrat },
        autresPropositionsFermees: fermees.length,
        postes: postes.value,
      },
    });
    return ok({ id: m.id, contratId: c!.id, postesRestants: postes.value.attribues - postes.value.occupes });
  });
}
