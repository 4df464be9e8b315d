import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { adhesions, departements, jetonsEmail, structures, utilisateurs } from '../../../db/schema/index.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { INVITATION_TYPE } from './domain/invitation.ts';

export type JetonInvitation = typeof jetonsEmail.$inferSelect;

/** The invitation behind a link, whatever its state (the page explains expired and used ones). */
export async function chargerInvitationParJeton(db: Db, jeton: string): Promise<JetonInvitation | null> {
  if (jeton.length < 20 || jeton.length > 100) return null;
  return chargerInvitationParHash(db, hashToken(jeton));
}

export async function chargerInvitationParHash(db: Db, hash: string): Promise<JetonInvitation | null> {
  const [row] = await db
    .select()
    .from(jetonsEmail)
    .where(and(eq(jetonsEmail.hash, hash), eq(jetonsEmail.type, INVITATION_TYPE)))
    .limit(1);
  return row ?? null;
}

const invitant = alias(utilisateurs, 'invitant');

/** Pending (unused, unexpired) invitations, of one structure or all of them; newest first. */
export async function invitationsEnAttente(db: Db, now: Date, filtre: { structureId?: string } = {}) {
  const conditions = [
    eq(jetonsEmail.type, INVITATION_TYPE),
    isNull(jetonsEmail.utiliseLe),
    gt(jetonsEmail.expireLe, now),
  ];
  if (filtre.structureId) conditions.push(eq(jetonsEmail.structureId, filtre.structureId));
  return db
    .select({
      hash: jetonsEmail.hash,
      email: jetonsEmail.email,
      role: jetonsEmail.role,
      departementCode: jetonsEmail.departementCode,
      departementNom: departements.nom,
      structureId: jetonsEmail.structureId,
      structureNom: structures.nom,
      expireLe: jetonsEmail.expireLe,
      creeLe: jetonsEmail.creeLe,
      invitantPrenom: invitant.prenom,
      invitantNom: invitant.nom,
    })
    .from(jetonsEmail)
    .leftJoin(structures, eq(structures.id, jetonsEmail.structureId))
    .leftJoin(departements, eq(departements.code, jetonsEmail.departementCode))
    .leftJoin(invitant, eq(invitant.id, jetonsEmail.creePar))
    .where(and(...conditions))
    .orderBy(desc(jetonsEmail.creeLe))
    .limit(500);
}

export type InvitationEnAttente = Awaited<ReturnType<typeof invitationsEnAttente>>[number];

/** The members of one structure (every role held in it), by name. */
export async function membresStructure(db: Db, structureId: string) {
  return db
    .select({
      adhesionId: adhesions.id,
      role: adhesions.role,
      referent: adhesions.referent,
      utilisateurId: utilisateurs.id,
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
      email: utilisateurs.email,
      actif: utilisateurs.actif,
      departementCode: structures.departementCode,
    })
    .from(adhesions)
    .innerJoin(utilisateurs, eq(utilisateurs.id, adhesions.utilisateurId))
    .innerJoin(structures, eq(structures.id, adhesions.structureId))
    .where(eq(adhesions.structureId, structureId))
    .orderBy(asc(sql`unaccent(lower(${utilisateurs.nom}))`), asc(utilisateurs.prenom), asc(adhesions.role));
}

export type MembreStructure = Awaited<ReturnType<typeof membresStructure>>[number];
