import { z } from 'zod';
import { formations } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { CERTIFICATIONS, STATUTS_OCCUPANT_POSTE, type StatutMiseEnRelation } from '../domain/types.ts';
import { can } from '../policy.ts';
import { dateIso } from '../schemas.ts';
import { chargerMiseEnRelation, MISE_EN_RELATION_INTROUVABLE, ressourceMiseEnRelation } from './repo.ts';

export const formationSchema = z
  .object({
    organisme: z
      .string({ error: 'Indiquez l’organisme de formation.' })
      .trim()
      .min(2, 'Indiquez l’organisme de formation.')
      .max(200),
    dateDebut: dateIso('la date de début de la formation'),
    dateFin: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      dateIso('la date de fin de la formation').optional(),
    ),
    certification: z.enum(CERTIFICATIONS, { error: 'Choisissez l’état de la certification.' }),
  })
  .superRefine((v, ctx) => {
    if (v.dateFin && v.dateFin < v.dateDebut) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateFin'],
        message: 'La fin de la formation ne peut précéder son début.',
      });
    }
    if (v.certification !== 'en_cours' && !v.dateFin) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateFin'],
        message: 'Indiquez la date de fin de la formation terminée.',
      });
    }
  });

/** The training of a recruited adviser: one record, created then updated (structure or ANCT). */
export async function enregistrerFormation(
  ctx: ContexteUtilisateur,
  miseEnRelationId: string,
  input: unknown,
): Promise<Result<{ id: string }>> {
  return inTransaction(ctx, async (tx) => {
    const m = await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true });
    if (!m || !can(tx.actor, 'voir', ressourceMiseEnRelation(m)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, 'former', ressourceMiseEnRelation(m))) {
      return fail('acces_refuse', 'Seule la structure ou l’ANCT renseigne la formation.', 403);
    }
    // The form is read only once the adviser is known to be the actor's (issue 9: ownership first).
    const parsed = formationSchema.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
    }
    const f = parsed.data;
    if (!STATUTS_OCCUPANT_POSTE.includes(m.statut as StatutMiseEnRelation)) {
      return fail('non_recrute', 'La formation concerne un conseiller recruté.', 409);
    }
    const valeurs = {
      organisme: f.organisme,
      dateDebut: f.dateDebut,
      dateFin: f.dateFin ?? null,
      certification: f.certification,
      modifieLe: tx.now,
    };
    const [row] = await tx.db
      .insert(formations)
      .values({ ...valeurs, miseEnRelationId: m.id })
      .onConflictDoUpdate({ target: formations.miseEnRelationId, set: valeurs })
      .returning({ id: formations.id });
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'formation.enregistree',
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: tx.ip,
      details: { ...valeurs, modifieLe: undefined },
    });
    return ok({ id: row!.id });
  });
}
