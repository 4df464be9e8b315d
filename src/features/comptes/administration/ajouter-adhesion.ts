import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { adhesions, utilisateurs } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { ROLE_SCOPE, ROLES } from '../../../platform/auth/roles.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { chargerStructure } from '../../structures/index.ts';
import { departementExiste } from '../../territoires/index.ts';
import { scopeProblem } from '../domain/portee.ts';
import { can } from '../policies/index.ts';

const input = z.object({
  utilisateurId: z.uuid(),
  role: z.enum(ROLES, { message: 'Choisissez un rôle.' }),
  departementCode: z.string().trim().max(3).optional().nullable(),
  structureId: z.string().trim().max(60).optional().nullable(),
});

export interface PorteeValidee {
  role: (typeof ROLES)[number];
  departementCode: string | null;
  structureId: string | null;
  structureNom: string | null;
  /** Département of the scope: the département itself, or the structure's. */
  departementPortee: string | null;
}

/** Checks that a role's scope is complete and exists (shared by memberships and invitations). */
export async function validerPortee(
  ctx: UseCaseContext,
  role: PorteeValidee['role'],
  departementCode: string | null | undefined,
  structureId: string | null | undefined,
): Promise<Result<PorteeValidee>> {
  const problem = scopeProblem(role, { departementCode, structureId });
  if (problem) {
    const kind = ROLE_SCOPE[role];
    const field =
      kind === 'departement' ? 'departement' : kind === 'structure' ? 'structure_recherche' : 'role';
    return fail('portee_invalide', problem, 422, { [field]: problem });
  }
  if (departementCode && !(await departementExiste(ctx.db, departementCode))) {
    const message = 'Ce département n’existe pas.';
    return fail('departement_inconnu', message, 422, { departement: message });
  }
  let structure = null;
  if (structureId) {
    structure = await chargerStructure(ctx.db, structureId);
    if (!structure) {
      const message = 'Cette structure n’existe pas.';
      return fail('structure_inconnue', message, 422, { structure_recherche: message });
    }
  }
  return ok({
    role,
    departementCode: departementCode || null,
    structureId: structure?.id ?? null,
    structureNom: structure?.nom ?? null,
    departementPortee: departementCode || structure?.departementCode || null,
  });
}

/** ANCT gives a user a role within a scope. */
export async function ajouterAdhesion(
  ctx: UseCaseContext,
  raw: unknown,
): Promise<Result<{ adhesionId: string }>> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Données invalides.';
    return fail('donnees_invalides', message, 422, { role: message });
  }
  const { utilisateurId, role } = parsed.data;
  const portee = await validerPortee(ctx, role, parsed.data.departementCode, parsed.data.structureId);
  if (!portee.ok) return portee;
  const p = portee.value;
  const resource = {
    type: 'adhesion',
    role,
    departementCode: p.departementCode,
    structureId: p.structureId,
    structureDepartementCode: p.structureId ? p.departementPortee : null,
  } as const;
  if (!can(ctx.actor, 'ajouter', resource)) {
    return fail('acces_refuse', 'Vous n’avez pas le droit de donner ce rôle.', 403);
  }
  return inTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .select({ id: utilisateurs.id, email: utilisateurs.email })
      .from(utilisateurs)
      .where(eq(utilisateurs.id, utilisateurId));
    if (!user) return fail('utilisateur_introuvable', 'Ce compte n’existe pas.', 404);
    const [created] = await tx.db
      .insert(adhesions)
      .values({
        utilisateurId,
        role,
        departementCode: p.departementCode,
        structureId: p.structureId,
        creeLe: ctx.now,
      })
      .onConflictDoNothing()
      .returning({ id: adhesions.id });
    if (!created) return fail('deja_membre', 'Cette personne a déjà ce rôle sur ce périmètre.', 409);
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'adhesion.ajoutee',
      entityType: 'utilisateur',
      entityId: utilisateurId,
      departementCode: p.departementPortee,
      structureId: p.structureId,
      ip: ctx.ip,
      details: {
        email: user.email,
        adhesionId: created.id,
        role,
        departementCode: p.departementCode,
        structure: p.structureNom,
      },
    });
    return ok({ adhesionId: created.id });
  });
}

/** Used by tests and invitations: does the user already hold exactly this membership? */
export async function aDejaAdhesion(
  ctx: UseCaseContext,
  utilisateurId: string,
  p: Pick<PorteeValidee, 'role' | 'departementCode' | 'structureId'>,
): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: adhesions.id, d: adhesions.departementCode, s: adhesions.structureId })
    .from(adhesions)
    .where(and(eq(adhesions.utilisateurId, utilisateurId), eq(adhesions.role, p.role)));
  return rows.some((r) => (r.d ?? null) === p.departementCode && (r.s ?? null) === p.structureId);
}
