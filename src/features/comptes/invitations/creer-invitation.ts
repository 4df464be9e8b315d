import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { jetonsEmail } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { ROLE_LABELS, ROLES } from '../../../platform/auth/roles.ts';
import { hashToken, randomToken } from '../../../platform/auth/tokens.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { aDejaAdhesion, validerPortee } from '../administration/ajouter-adhesion.ts';
import { can } from '../policies/index.ts';
import { findUserByEmail, normaliseEmail } from '../repo.ts';
import { courrielInvitation, expirationInvitation, INVITATION_TYPE } from './domain/invitation.ts';

const input = z.object({
  email: z
    .string({ message: 'Indiquez l’adresse électronique de la personne.' })
    .trim()
    .min(1, 'Indiquez l’adresse électronique de la personne.')
    .max(254, 'Cette adresse est trop longue.')
    .pipe(z.email('Cette adresse électronique n’est pas valide (exemple : prenom.nom@exemple.fr).')),
  role: z.enum(ROLES, { message: 'Choisissez un rôle.' }),
  departementCode: z.string().trim().max(3).nullish(),
  structureId: z.string().trim().max(60).nullish(),
});

export interface OptionsInvitation {
  /** An operator on the command line: trusted, no policy (recorded as such in the audit log). */
  operateurCli?: boolean | undefined;
}

export interface InvitationCreee {
  email: string;
  lien: string;
  expireLe: Date;
  compteExistant: boolean;
  courrielEnvoye: boolean;
}

/**
 * Invites a person to hold a role within a scope: a single-use link valid seven days, e-mailed to them.
 * An earlier pending invitation for the same person, role and scope is superseded.
 */
export async function creerInvitation(
  ctx: UseCaseContext,
  raw: unknown,
  options: OptionsInvitation = {},
): Promise<Result<InvitationCreee>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
    return fail('donnees_invalides', Object.values(fields)[0] ?? 'Données invalides.', 422, fields);
  }
  const { role } = parsed.data;
  const email = normaliseEmail(parsed.data.email);
  const portee = await validerPortee(ctx, role, parsed.data.departementCode, parsed.data.structureId);
  if (!portee.ok) return portee;
  const p = portee.value;
  const resource = {
    type: 'invitation',
    role,
    departementCode: p.departementCode,
    structureId: p.structureId,
  } as const;
  if (!options.operateurCli && !can(ctx.actor, 'creer', resource)) {
    return fail('acces_refuse', 'Vous n’avez pas le droit d’inviter une personne avec ce rôle ici.', 403);
  }
  const existing = await findUserByEmail(ctx.db, email);
  if (existing && (await aDejaAdhesion(ctx, existing.id, p))) {
    const message = 'Cette personne a déjà ce rôle sur ce périmètre.';
    return fail('deja_membre', message, 409, { email: message });
  }
  const jeton = randomToken();
  const expireLe = expirationInvitation(ctx.now);
  const creePar = ctx.actor?.kind === 'user' ? ctx.actor.userId : null;
  await inTransaction(ctx, async (tx) => {
    // Only the newest link for the same person, role and scope stays usable.
    await tx.db
      .update(jetonsEmail)
      .set({ expireLe: ctx.now })
      .where(
        and(
          eq(jetonsEmail.type, INVITATION_TYPE),
          eq(sql`lower(${jetonsEmail.email})`, email),
          eq(jetonsEmail.role, role),
          sql`coalesce(${jetonsEmail.departementCode}, '') = ${p.departementCode ?? ''}`,
          sql`coalesce(${jetonsEmail.structureId}::text, '') = ${p.structureId ?? ''}`,
          isNull(jetonsEmail.utiliseLe),
          gt(jetonsEmail.expireLe, ctx.now),
        ),
      );
    const hash = hashToken(jeton);
    await tx.db.insert(jetonsEmail).values({
      hash,
      type: INVITATION_TYPE,
      utilisateurId: existing?.id ?? null,
      email,
      role,
      departementCode: p.departementCode,
      structureId: p.structureId,
      creePar,
      expireLe,
      creeLe: ctx.now,
    });
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'invitation.creee',
      entityType: 'invitation',
      entityId: hash,
      departementCode: p.departementPortee,
      structureId: p.structureId,
      ip: ctx.ip,
      details: {
        email,
        role,
        departementCode: p.departementCode,
        structure: p.structureNom,
        compteExistant: Boolean(existing),
        ...(options.operateurCli ? { source: 'ligne de commande' } : {}),
      },
    });
    return ok(null);
  });
  const lien = `${ctx.config.baseUrl}/invitation/${jeton}`;
  const invitant = ctx.actor?.kind === 'user' ? `${ctx.actor.prenom} ${ctx.actor.nom}` : null;
  const porteeLibelle = p.structureNom ?? (p.departementCode ? `département ${p.departementCode}` : null);
  let courrielEnvoye = true;
  try {
    await ctx.mailer.send({
      to: email,
      ...courrielInvitation({
        invitant,
        roleLibelle: ROLE_LABELS[role],
        portee: porteeLibelle,
        lien,
        expireLe,
      }),
    });
  } catch {
    // The invitation stands; the page says the mail failed so it can be sent again.
    courrielEnvoye = false;
  }
  return ok({ email, lien, expireLe, compteExistant: Boolean(existing), courrielEnvoye });
}
