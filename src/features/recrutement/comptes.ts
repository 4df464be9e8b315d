import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adhesions, utilisateurs } from '../../db/schema/index.ts';
import type { Role } from '../../platform/auth/roles.ts';
import { destroyUserSessions } from '../../platform/auth/sessions.ts';
import { fail, ok, type Result } from '../../platform/result.ts';

/**
 * Accounts the recruitment forms create, inside the caller's transaction (the comptes feature's
 * creerUtilisateur runs its own transaction, so an application and its account could not be atomic).
 */
export async function creerCompte(
  tx: Db,
  input: {
    email: string;
    prenom: string;
    nom: string;
    motDePasseHash: string;
    role: Role;
    structureId: string | null;
    now: Date;
  },
): Promise<Result<{ utilisateurId: string; adhesionId: string }>> {
  const [existant] = await tx
    .select({ id: utilisateurs.id })
    .from(utilisateurs)
    .where(eq(sql`lower(${utilisateurs.email})`, input.email.trim().toLowerCase()))
    .limit(1);
  if (existant) {
    return fail(
      'email_deja_utilise',
      'Un compte utilise déjà cette adresse électronique : connectez-vous, ou choisissez une autre adresse.',
      409,
      { email: 'Un compte utilise déjà cette adresse électronique.' },
    );
  }
  const [user] = await tx
    .insert(utilisateurs)
    .values({
      email: input.email.trim(),
      prenom: input.prenom,
      nom: input.nom,
      motDePasseHash: input.motDePasseHash,
      creeLe: input.now,
      modifieLe: input.now,
    })
    .returning({ id: utilisateurs.id });
  const adhesionId = await ajouterAdhesion(tx, user!.id, input.role, input.structureId, input.now);
  return ok({ utilisateurId: user!.id, adhesionId });
}

/** Gives a role in a structure (idempotent: an existing identical membership is kept). */
export async function ajouterAdhesion(
  tx: Db,
  utilisateurId: string,
  role: Role,
  structureId: string | null,
  now: Date,
): Promise<string> {
  const [row] = await tx
    .insert(adhesions)
    .values({ utilisateurId, role, structureId, creeLe: now })
    .onConflictDoNothing()
    .returning({ id: adhesions.id });
  if (row) return row.id;
  const [existante] = await tx
    .select({ id: adhesions.id })
    .from(adhesions)
    .where(
      and(
        eq(adhesions.utilisateurId, utilisateurId),
        eq(adhesions.role, role),
        structureId ? eq(adhesions.structureId, structureId) : sql`${adhesions.structureId} is null`,
      ),
    );
  return existante!.id;
}

export async function retirerAdhesion(
  tx: Db,
  utilisateurId: string,
  role: Role,
  structureId: string,
): Promise<void> {
  await tx
    .delete(adhesions)
    .where(
      and(
        eq(adhesions.utilisateurId, utilisateurId),
        eq(adhesions.role, role),
        eq(adhesions.structureId, structureId),
      ),
    );
}

/**
 * A withdrawn candidate's account: deactivated, its candidate membership removed and, when it holds no
 * other role, its identity replaced so the address can be used again.
 */
export async function effacerCompteCandidat(tx: Db, utilisateurId: string, now: Date): Promise<void> {
  await tx
    .delete(adhesions)
    .where(and(eq(adhesions.utilisateurId, utilisateurId), eq(adhesions.role, 'candidat')));
  const [autre] = await tx
    .select({ id: adhesions.id })
    .from(adhesions)
    .where(eq(adhesions.utilisateurId, utilisateurId))
    .limit(1);
  if (autre) return;
  await destroyUserSessions(tx, utilisateurId);
  await tx
    .update(utilisateurs)
    .set({
      actif: false,
      email: `efface-${utilisateurId}@invalid`,
      prenom: 'Compte',
      nom: 'effacé',
      motDePasseHash: null,
      totpSecret: null,
      modifieLe: now,
    })
    .where(eq(utilisateurs.id, utilisateurId));
}
