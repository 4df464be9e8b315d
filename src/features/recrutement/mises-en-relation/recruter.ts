import { and, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import { contrats, misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { verrouillerStructure } from '../../structures/index.ts';
import { verifierPosteDisponible } from '../domain/quota.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import {
  STATUT_MISE_EN_RELATION_LABELS,
  STATUTS_PROPOSITION_OUVERTE,
  type StatutMiseEnRelation,
  TYPES_CONTRAT,
} from '../domain/types.ts';
import { envoyer, mailRecrutementAConfirmer } from '../emails.ts';
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
 * The structure records the hire of a candidate it marked as interesting, or corrects the contract of a
 * recruitment ANCT sent back. The structure's row is locked first: two recruitments into the same
 * structure run one after the other, so the second sees the first and the quota rule (recorded +
 * validated + in post ≤ granted) holds. The candidate's row is locked next: two structures cannot
 * recruit the same person. The person leaves its other proposals and must confirm the hire
 * (`a_confirmer`) before ANCT sees it; she becomes a `conseiller` member when ANCT validates.
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
  let mail: ReturnType<typeof mailRecrutementAConfirmer> | null = null;
  const r = await inTransaction(ctx, async (tx) => {
    const m0 = await chargerMiseEnRelation(tx.db, miseEnRelationId);
    if (!m0 || !can(tx.actor, 'voir', ressourceMiseEnRelation(m0)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, 'recruter', ressourceMiseEnRelation(m0)))
      return fail('acces_refuse', 'Seule la structure recrute.', 403);

    await verrouillerStructure(tx.db, m0.structureId);
    const candidat = await verrouillerCandidat(tx.db, m0.candidatId);
    const m = (await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true }))!;
    // A recruitment sent back already holds its post: the structure only corrects the contract.
    const correction = m.statut === 'renvoyee';
    if (!correction && (await candidatEnPoste(tx.db, m.candidatId))) {
      return fail(
        'candidat_deja_recrute',
        'Ce candidat vient d’être recruté par une autre structure : il n’est plus disponible.',
        409,
      );
    }
    if (!correction && candidat?.statut !== 'actif') {
      return fail('candidat_indisponible', 'Ce candidat a suspendu ou retiré sa candidature.', 409);
    }
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      'a_confirmer',
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
    const occupation = await postesStructure(tx.db, m.structureId);
    const postes = correction ? ok(occupation) : verifierPosteDisponible(occupation);
    if (!postes.ok) return postes;

    const now = tx.now;
    const valeurs = {
      type: contrat.type,
      dateDebut: contrat.dateDebut,
      dateFin: contrat.dateFin ?? null,
      heuresHebdo: contrat.heuresHebdo,
      modifieLe: now,
    };
    const [c] = correction
      ? await tx.db
          .update(contrats)
          .set(valeurs)
          .where(eq(contrats.miseEnRelationId, m.id))
          .returning({ id: contrats.id })
      : await tx.db
          .insert(contrats)
          .values({ miseEnRelationId: m.id, ...valeurs, creeLe: now })
          .returning({ id: contrats.id });
    await tx.db
      .update(misesEnRelation)
      .set({ statut: 'a_confirmer', modifieLe: now })
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
        correction,
        motifAnct: correction ? m.motifAnct : null,
      },
    });
    if (m.candidatEmail) {
      mail = mailRecrutementAConfirmer(tx.config.baseUrl, {
        to: m.candidatEmail,
        prenom: m.candidatPrenom ?? '',
        structure: m.structureNom,
      });
    }
    return ok({ id: m.id, contratId: c!.id, postesRestants: postes.value.attribues - postes.value.occupes });
  });
  if (r.ok) await envoyer(ctx, [mail]);
  return r;
}
