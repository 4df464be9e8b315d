import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { allowedBy } from '../../../platform/policies/can.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { perimetreSignalements, signalementPolicy } from './policy.ts';
import {
  cloreSignalement,
  type IssueSignalement,
  type LigneSignalement,
  signalementDuPerimetre,
} from './repo.ts';

export const ISSUES: Record<IssueSignalement, string> = {
  corrige: 'Corrigé : la fiche du lieu a été mise à jour',
  sans_suite: 'Sans suite : la fiche était juste ou l’erreur ne peut être corrigée',
};

export const traitementSchema = z.object({
  issue: z.enum(['corrige', 'sans_suite'], {
    error: 'Indiquez la suite donnée : « Corrigé » ou « Sans suite ».',
  }),
  note: z
    .string()
    .trim()
    .max(2000, { error: 'La note ne doit pas dépasser 2 000 caractères.' })
    .optional()
    .default(''),
});

/** What the person who reported the error reads when it is closed (when they left an address). */
export function courrielCloture(s: LigneSignalement, issue: IssueSignalement, note: string, baseUrl: string) {
  const lieu = `« ${s.lieuNom} » (${s.codePostal} ${s.commune})`;
  return {
    subject: `Votre signalement sur le lieu « ${s.lieuNom} » a été traité`,
    text: [
      'Bonjour,',
      '',
      `Merci d’avoir signalé une erreur sur le lieu ${lieu}.`,
      issue === 'corrige'
        ? 'L’erreur a été corrigée : la fiche du lieu est à jour.'
        : 'Après vérification, la fiche du lieu n’a pas été modifiée.',
      ...(note ? ['', 'Message du gestionnaire :', note] : []),
      '',
      `Fiche du lieu : ${baseUrl}/lieux/${s.lieuId}`,
      '',
      'L’équipe Maillage',
    ].join('\n'),
  };
}

/**
 * The owner structure or ANCT closes a report with its outcome and an optional note; audited in the
 * same transaction. A report outside the actor's scope does not exist for them (404). The reporter's
 * optional address gets a message after the commit.
 */
export async function traiterSignalement(
  ctx: ContexteUtilisateur,
  signalementId: string,
  donnees: unknown,
): Promise<Result<{ signalement: LigneSignalement; courriel: boolean }>> {
  const introuvable = () => fail('signalement_introuvable', 'Ce signalement n’existe pas.', 404);
  const perimetre = perimetreSignalements(ctx.actor);
  const id = z.uuid().safeParse(signalementId);
  if (!perimetre || !id.success) return introuvable();
  const parsed = traitementSchema.safeParse(donnees ?? {});
  if (!parsed.success)
    return fail('traitement_invalide', 'Le traitement est incomplet.', 422, fieldErrors(parsed.error));
  const { issue, note } = parsed.data;

  const r = await inTransaction(ctx, async (tx) => {
    const s = await signalementDuPerimetre(tx.db, perimetre, id.data);
    if (!s || !allowedBy(signalementPolicy, ctx.actor, 'traiter', { type: 'signalement-lieu', ...s }))
      return introuvable();
    if (s.statut !== 'nouveau')
      return fail('signalement_deja_traite', 'Ce signalement a déjà été clos.', 409);
    const clos = await cloreSignalement(tx.db, s.id, {
      issue,
      note: note || null,
      traitePar: ctx.actor.userId,
      now: tx.now,
    });
    if (!clos) return fail('signalement_deja_traite', 'Ce signalement a déjà été clos.', 409);
    await recordAudit(tx.db, {
      actor: tx.actor,
      ip: tx.ip,
      action: 'lieu.signalement.traitement',
      entityType: 'lieu',
      entityId: s.lieuId,
      structureId: s.structureId,
      departementCode: s.departementCode,
      details: { signalementId: s.id, issue, avecNote: Boolean(note) },
    });
    return ok(s);
  });
  if (!r.ok) return r;

  // After the commit: the report stays closed even if the mail fails.
  let courriel = false;
  if (r.value.email) {
    try {
      await ctx.mailer.send({
        to: r.value.email,
        ...courrielCloture(r.value, issue, note, ctx.config.baseUrl),
      });
      courriel = true;
    } catch (e) {
      ctx.log(e);
    }
  }
  return ok({ signalement: r.value, courriel });
}
