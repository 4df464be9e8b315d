import { z } from 'zod';
import { lieuxSignalements } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { emailsDesMembres } from '../../../platform/mail/destinataires.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { lireFiche } from './fiche-queries.ts';

/** "Signaler une erreur" on a place's public page: no account needed. */
export const signalementSchema = z.object({
  message: z
    .string()
    .trim()
    .min(10, { error: 'Décrivez l’erreur en quelques mots (10 caractères au moins).' })
    .max(2000, { error: 'Le message ne doit pas dépasser 2 000 caractères.' }),
  email: z
    .string()
    .trim()
    .max(254, { error: 'Adresse électronique trop longue.' })
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      error: 'Adresse électronique invalide : format attendu nom@domaine.fr',
    }),
});

export interface SignalementEnvoye {
  id: string;
  destinataires: number;
  /** Addresses the mailer could not reach (the report is stored anyway). */
  echecs: string[];
}

export async function signalerErreur(
  ctx: UseCaseContext,
  input: { lieuId: string; donnees: unknown },
): Promise<Result<SignalementEnvoye>> {
  const parsed = signalementSchema.safeParse(input.donnees);
  if (!parsed.success) {
    return fail('signalement_invalide', 'Le signalement est incomplet.', 422, fieldErrors(parsed.error));
  }
  const fiche = await lireFiche(ctx.db, input.lieuId);
  if (!fiche || fiche.lieu.fusionneDans) return fail('lieu_introuvable', 'Ce lieu n’existe pas.', 404);
  const { lieu } = fiche;
  const { message, email } = parsed.data;

  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(lieuxSignalements)
      .values({
        lieuId: lieu.id,
        message,
        email: email || null,
        structureId: lieu.structureId,
        departementCode: lieu.departementCode,
      })
      .returning({ id: lieuxSignalements.id });
    await recordAudit(tx, {
      actor: null,
      action: 'lieu.signalement',
      entityType: 'lieu',
      entityId: lieu.id,
      departementCode: lieu.departementCode,
      structureId: lieu.structureId,
      ip: ctx.ip,
      details: { signalementId: row!.id, avecEmail: Boolean(email) },
    });
    return row!.id;
  });

  // After the commit: the report is kept even if a mail fails.
  const inclureDemo = ctx.config.mode === 'demo';
  const proprietaires = lieu.structureId
    ? await emailsDesMembres(ctx.db, { role: 'structure', structureId: lieu.structureId }, { inclureDemo })
    : [];
  const anct = await emailsDesMembres(ctx.db, { role: 'anct' }, { inclureDemo });
  const destinataires = [...new Set([...proprietaires, ...anct])];
  const lien = `${ctx.config.baseUrl}/lieux/${lieu.id}`;
  const texte = [
    `Une personne a signalé une erreur sur le lieu « ${lieu.nom} » (${lieu.codePostal} ${lieu.commune}).`,
    '',
    'Message :',
    message,
    '',
    email
      ? `Adresse pour lui répondre : ${email}`
      : 'La personne n’a pas laissé d’adresse pour lui répondre.',
    '',
    `Fiche publique du lieu : ${lien}`,
    lieu.structureId ? `Pour corriger : ${ctx.config.baseUrl}/structure/lieux/${lieu.id}/modifier` : '',
    // The queue where the report is closed (the owner structure's, then ANCT's).
    lieu.structureId
      ? `Pour clore le signalement (structure) : ${ctx.config.baseUrl}/structure/lieux/signalements/${id}`
      : '',
    `Pour clore le signalement (ANCT) : ${ctx.config.baseUrl}/admin/lieux/signalements/${id}`,
  ].join('\n');
  const echecs: string[] = [];
  for (const to of destinataires) {
    try {
      await ctx.mailer.send({ to, subject: `Erreur signalée sur le lieu « ${lieu.nom} »`, text: texte });
    } catch {
      echecs.push(to);
    }
  }
  return ok({ id, destinataires: destinataires.length - echecs.length, echecs });
}
