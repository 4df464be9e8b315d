import { and, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { adhesions, jetonsEmail, utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UserActor } from '../../../platform/auth/actor.ts';
import { hashPassword, passwordProblem } from '../../../platform/auth/passwords.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { chargerStructure } from '../../structures/index.ts';
import { findUserByEmail, normaliseEmail } from '../repo.ts';
import { etatInvitation } from './domain/invitation.ts';
import { chargerInvitationParJeton, type JetonInvitation } from './queries.ts';

const NOM = z
  .string()
  .trim()
  .min(1, 'Ce champ est obligatoire.')
  .max(100, 'Ce champ est trop long (100 caractères au plus).');

const nouveauCompte = z.object({
  jeton: z.string(),
  prenom: NOM,
  nom: NOM,
  mot_de_passe: z.string({ message: 'Choisissez un mot de passe.' }).min(1, 'Choisissez un mot de passe.'),
  confirmation: z.string().optional(),
});

/** A link that cannot be used, with the French reason shown to the person. */
export async function invitationUtilisable(
  db: Db,
  jeton: string,
  now: Date,
): Promise<Result<JetonInvitation>> {
  const inv = await chargerInvitationParJeton(db, jeton);
  if (!inv)
    return fail(
      'invitation_inconnue',
      'Ce lien d’invitation n’est pas valide. Vérifiez qu’il a été copié en entier.',
      404,
    );
  const etat = etatInvitation(inv, now);
  if (etat === 'utilisee') {
    return fail(
      'invitation_utilisee',
      'Cette invitation a déjà été acceptée : le lien ne sert qu’une fois.',
      410,
    );
  }
  if (etat === 'expiree') {
    return fail(
      'invitation_expiree',
      'Cette invitation a expiré (un lien est valable 7 jours) ou a été remplacée par une plus récente. Demandez à la personne qui vous a invité(e) de vous en envoyer une nouvelle.',
      410,
    );
  }
  return ok(inv);
}

/** Marks the link used, only if nobody used it meanwhile (two clicks, two tabs): false otherwise. */
async function consommer(tx: Db, inv: JetonInvitation, now: Date, utilisateurId: string): Promise<boolean> {
  const rows = await tx
    .update(jetonsEmail)
    .set({ utiliseLe: now, utilisateurId })
    .where(and(eq(jetonsEmail.hash, inv.hash), isNull(jetonsEmail.utiliseLe), gt(jetonsEmail.expireLe, now)))
    .returning({ hash: jetonsEmail.hash });
  return rows.length === 1;
}

async function ajouterAdhesionInvitee(tx: Db, inv: JetonInvitation, utilisateurId: string, now: Date) {
  const [created] = await tx
    .insert(adhesions)
    .values({
      utilisateurId,
      role: inv.role!,
      departementCode: inv.departementCode,
      structureId: inv.structureId,
      creeLe: now,
    })
    .onConflictDoNothing()
    .returning({ id: adhesions.id });
  let departementCode = inv.departementCode;
  if (inv.structureId) {
    const s = await chargerStructure(tx, inv.structureId);
    departementCode = s?.departementCode ?? null;
  }
  return { adhesionId: created?.id ?? null, departementCode };
}

const DEJA_UTILISEE = fail(
  'invitation_utilisee',
  'Cette invitation a déjà été acceptée : le lien ne sert qu’une fois.',
  410,
);

/** A new person accepts: the account is created with the invited membership. */
export async function accepterAvecNouveauCompte(
  ctx: UseCaseContext,
  raw: unknown,
): Promise<Result<{ utilisateurId: string; email: string }>> {
  const parsed = nouveauCompte.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return fail('donnees_invalides', Object.values(fields)[0]!, 422, fields);
  }
  const d = parsed.data;
  const usable = await invitationUtilisable(ctx.db, d.jeton, ctx.now);
  if (!usable.ok) return usable;
  const inv = usable.value;
  if (await findUserByEmail(ctx.db, inv.email)) {
    return fail(
      'compte_existant',
      'Un compte existe déjà avec cette adresse : connectez-vous pour accepter l’invitation.',
      409,
    );
  }
  const problem = passwordProblem(d.mot_de_passe, inv.email);
  if (problem) return fail('mot_de_passe_faible', problem, 422, { mot_de_passe: problem });
  if (d.confirmation !== undefined && d.confirmation !== d.mot_de_passe) {
    const message = 'Les deux mots de passe ne sont pas identiques.';
    return fail('confirmation_differente', message, 422, { confirmation: message });
  }
  const motDePasseHash = await hashPassword(d.mot_de_passe);
  return inTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .insert(utilisateurs)
      .values({
        email: normaliseEmail(inv.email),
        prenom: d.prenom,
        nom: d.nom,
        motDePasseHash,
        creeLe: ctx.now,
        modifieLe: ctx.now,
      })
      .onConflictDoNothing()
      .returning({ id: utilisateurs.id, email: utilisateurs.email });
    if (!user) {
      return fail(
        'compte_existant',
        'Un compte existe déjà avec cette adresse : connectez-vous pour accepter l’invitation.',
        409,
      );
    }
    // A failed Result rolls the new account back with the transaction.
    if (!(await consommer(tx.db, inv, ctx.now, user.id))) return DEJA_UTILISEE;
    const { adhesionId, departementCode } = await ajouterAdhesionInvitee(tx.db, inv, user.id, ctx.now);
    const actor: UserActor = {
      kind: 'user',
      userId: user.id,
      email: user.email,
      prenom: d.prenom,
      nom: d.nom,
      memberships: [],
      active: null,
      sessionIdHash: '',
      totpEnabled: false,
      totpVerified: false,
    };
    await recordAudit(tx.db, {
      actor,
      action: 'invitation.acceptee',
      entityType: 'utilisateur',
      entityId: user.id,
      departementCode,
      structureId: inv.structureId,
      ip: ctx.ip,
      details: {
        email: user.email,
        role: inv.role,
        adhesionId,
        nouveauCompte: true,
        invitePar: inv.creePar,
      },
    });
    return ok({ utilisateurId: user.id, email: user.email });
  });
}

/** A signed-in person whose address is the invited one gains the membership. */
export async function accepterAvecCompteExistant(
  ctx: UseCaseContext,
  jeton: string,
): Promise<Result<{ adhesionId: string | null }>> {
  const usable = await invitationUtilisable(ctx.db, jeton, ctx.now);
  if (!usable.ok) return usable;
  const inv = usable.value;
  const actor = ctx.actor;
  if (actor?.kind !== 'user')
    return fail('connexion_requise', 'Connectez-vous pour accepter cette invitation.', 401);
  if (normaliseEmail(actor.email) !== normaliseEmail(inv.email)) {
    return fail(
      'autre_destinataire',
      `Cette invitation est adressée à ${inv.email}. Déconnectez-vous puis connectez-vous avec cette adresse.`,
      403,
    );
  }
  return inTransaction(ctx, async (tx) => {
    if (!(await consommer(tx.db, inv, ctx.now, actor.userId))) return DEJA_UTILISEE;
    const { adhesionId, departementCode } = await ajouterAdhesionInvitee(tx.db, inv, actor.userId, ctx.now);
    await recordAudit(tx.db, {
      actor,
      action: 'invitation.acceptee',
      entityType: 'utilisateur',
      entityId: actor.userId,
      departementCode,
      structureId: inv.structureId,
      ip: ctx.ip,
      details: {
        email: actor.email,
        role: inv.role,
        adhesionId,
        nouveauCompte: false,
        invitePar: inv.creePar,
      },
    });
    return ok({ adhesionId });
  });
}
