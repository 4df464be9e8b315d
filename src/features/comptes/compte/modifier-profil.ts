import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { verifyPassword } from '../../../platform/auth/passwords.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { emailTakenByOther, findUserById, normaliseEmail } from '../repo.ts';

const nameField = (label: string) =>
  z
    .string({ error: `Saisissez votre ${label}.` })
    .trim()
    .min(1, `Saisissez votre ${label}.`)
    .max(100, `Votre ${label} doit faire au plus 100 caractères.`);

export const profilSchema = z.object({
  prenom: nameField('prénom'),
  nom: nameField('nom'),
  email: z
    .string({ error: 'Saisissez votre adresse électronique.' })
    .trim()
    .min(1, 'Saisissez votre adresse électronique.')
    .max(254, 'L’adresse électronique est trop longue.')
    .regex(
      /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
      'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
    ),
  motDePasseActuel: z.string().max(1000).default(''),
});

/**
 * Updates name and e-mail. Changing the address (the login) needs the current password, must not
 * collide with another account whatever the case, and the old address is told about it.
 */
export async function modifierProfil(
  ctx: ContexteUtilisateur,
  input: unknown,
): Promise<Result<{ emailChange: boolean }>> {
  const { actor, now } = ctx;
  const parsed = profilSchema.safeParse(input);
  if (!parsed.success) {
    return fail('champs_invalides', 'Le formulaire contient des erreurs.', 400, fieldErrors(parsed.error));
  }
  const { prenom, nom, email, motDePasseActuel } = parsed.data;
  const user = await findUserById(ctx.db, actor.userId);
  if (!user) return fail('introuvable', 'Compte introuvable.', 404);
  const emailChange = normaliseEmail(email) !== normaliseEmail(user.email);
  if (emailChange) {
    if (!motDePasseActuel) {
      const message = 'Saisissez votre mot de passe actuel pour changer d’adresse électronique.';
      return fail('champs_invalides', message, 400, { motDePasseActuel: message });
    }
    if (!(await verifyPassword(user.motDePasseHash, motDePasseActuel))) {
      const message = 'Mot de passe actuel incorrect.';
      return fail('champs_invalides', message, 422, { motDePasseActuel: message });
    }
    if (await emailTakenByOther(ctx.db, email, user.id)) {
      const message = 'Cette adresse électronique est déjà utilisée par un autre compte.';
      return fail('email_deja_utilise', message, 409, { email: message });
    }
  }
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(utilisateurs)
      .set({ prenom, nom, email, modifieLe: now })
      .where(eq(utilisateurs.id, user.id));
    await recordAudit(tx.db, {
      actor,
      action: 'compte.profil_modifie',
      entityType: 'utilisateur',
      entityId: user.id,
      ip: ctx.ip,
      details: {
        champs: [
          ...(prenom !== user.prenom ? ['prenom'] : []),
          ...(nom !== user.nom ? ['nom'] : []),
          ...(email !== user.email ? ['email'] : []),
        ],
        ...(emailChange ? { ancien_email: user.email, nouvel_email: email } : {}),
      },
    });
    return ok(null);
  });
  if (emailChange) {
    ctx.mailer
      .send({
        to: user.email,
        subject: 'Maillage : votre adresse de connexion a changé',
        text: [
          `Bonjour ${prenom},`,
          '',
          `L’adresse électronique de votre compte Maillage est désormais ${email}.`,
          'Si vous n’êtes pas à l’origine de ce changement, contactez immédiatement votre administrateur.',
          '',
          'L’équipe Maillage',
        ].join('\n'),
      })
      .catch((err) => ctx.log(err));
  }
  return ok({ emailChange });
}
