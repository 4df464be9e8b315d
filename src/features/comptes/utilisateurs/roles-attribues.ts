import { and, eq, sql } from 'drizzle-orm';
import { adhesions, utilisateurs } from '../../../db/schema/index.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { destroyUserSessions } from '../../../platform/auth/sessions.ts';
import type { UseCaseContext } from '../../../platform/context.ts';

/**
 * Roles another feature's use case gives or takes as a consequence of its own decision (a recruited
 * candidate becomes a conseiller of the structure, a broken contract ends it). They run inside the
 * caller's transaction and check no permission: the calling use case has checked its own, and journals
 * the decision in the same transaction.
 */
export interface RoleAttribue {
  utilisateurId: string;
  role: Role;
  structureId: string | null;
}

/** Gives a role (idempotent: an existing identical membership is kept); returns the membership's id. */
export async function attribuerRole(ctx: UseCaseContext, r: RoleAttribue): Promise<string> {
  const [row] = await ctx.db
    .insert(adhesions)
    .values({ utilisateurId: r.utilisateurId, role: r.role, structureId: r.structureId, creeLe: ctx.now })
    .onConflictDoNothing()
    .returning({ id: adhesions.id });
  if (row) return row.id;
  const [existante] = await ctx.db
    .select({ id: adhesions.id })
    .from(adhesions)
    .where(
      and(
        eq(adhesions.utilisateurId, r.utilisateurId),
        eq(adhesions.role, r.role),
        r.structureId ? eq(adhesions.structureId, r.structureId) : sql`${adhesions.structureId} is null`,
      ),
    );
  return existante!.id;
}

/** Takes a role back (nothing happens when the person did not hold it). */
export async function retirerRole(ctx: UseCaseContext, r: RoleAttribue): Promise<void> {
  await ctx.db
    .delete(adhesions)
    .where(
      and(
        eq(adhesions.utilisateurId, r.utilisateurId),
        eq(adhesions.role, r.role),
        r.structureId ? eq(adhesions.structureId, r.structureId) : sql`${adhesions.structureId} is null`,
      ),
    );
}

/**
 * A person who leaves with their data (a withdrawn candidate): the role is removed and, when the account
 * holds no other role, it is deactivated, its sessions closed and its identity replaced, so the address
 * can be used again.
 */
export async function effacerCompteSansAutreRole(
  ctx: UseCaseContext,
  r: { utilisateurId: string; role: Role },
): Promise<void> {
  const tx = ctx.db;
  await tx
    .delete(adhesions)
    .where(and(eq(adhesions.utilisateurId, r.utilisateurId), eq(adhesions.role, r.role)));
  const [autre] = await tx
    .select({ id: adhesions.id })
    .from(adhesions)
    .where(eq(adhesions.utilisateurId, r.utilisateurId))
    .limit(1);
  if (autre) return;
  await destroyUserSessions(tx, r.utilisateurId);
  await tx
    .update(utilisateurs)
    .set({
      actif: false,
      email: `efface-${r.utilisateurId}@invalid`,
      prenom: 'Compte',
      nom: 'effacé',
      motDePasseHash: null,
      totpSecret: null,
      modifieLe: ctx.now,
    })
    .where(eq(utilisateurs.id, r.utilisateurId));
}
