import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { adhesions, jetonsEmail, utilisateurs } from '../../../db/schema/index.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { chargerStructure, structuresParIds } from '../../structures/index.ts';
import { nomsDepartements } from '../../territoires/index.ts';
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
export async function invitationsEnAttente(
  db: Db,
  now: Date,
  filtre: { structureId?: string; departementCode?: string } = {},
) {
  const conditions = [
    eq(jetonsEmail.type, INVITATION_TYPE),
    isNull(jetonsEmail.utiliseLe),
    gt(jetonsEmail.expireLe, now),
  ];
  if (filtre.structureId) conditions.push(eq(jetonsEmail.structureId, filtre.structureId));
  if (filtre.departementCode) conditions.push(eq(jetonsEmail.departementCode, filtre.departementCode));
  const rows = await db
    .select({
      hash: jetonsEmail.hash,
      email: jetonsEmail.email,
      role: jetonsEmail.role,
      departementCode: jetonsEmail.departementCode,
      structureId: jetonsEmail.structureId,
      expireLe: jetonsEmail.expireLe,
      creeLe: jetonsEmail.creeLe,
      invitantPrenom: invitant.prenom,
      invitantNom: invitant.nom,
    })
    .from(jetonsEmail)
    .leftJoin(invitant, eq(invitant.id, jetonsEmail.creePar))
    .where(and(...conditions))
    .orderBy(desc(jetonsEmail.creeLe))
    .limit(500);
  const [nomsStructures, nomsDeps] = await Promise.all([
    structuresParIds(
      db,
      rows.map((r) => r.structureId),
    ),
    nomsDepartements(
      db,
      rows.flatMap((r) => (r.departementCode ? [r.departementCode] : [])),
    ),
  ]);
  return rows.map(({ structureId, ...r }) => ({
    hash: r.hash,
    email: r.email,
    role: r.role,
    departementCode: r.departementCode,
    departementNom: r.departementCode ? (nomsDeps.get(r.departementCode) ?? null) : null,
    structureId,
    structureNom: structureId ? (nomsStructures.get(structureId)?.nom ?? null) : null,
    expireLe: r.expireLe,
    creeLe: r.creeLe,
    invitantPrenom: r.invitantPrenom,
    invitantNom: r.invitantNom,
  }));
}

export type InvitationEnAttente = Awaited<ReturnType<typeof invitationsEnAttente>>[number];

/** The members of one structure (every role held in it), by name. */
export async function membresStructure(db: Db, structureId: string) {
  const structure = await chargerStructure(db, structureId);
  if (!structure) return [];
  const rows = await db
    .select({
      adhesionId: adhesions.id,
      role: adhesions.role,
      referent: adhesions.referent,
      utilisateurId: utilisateurs.id,
      prenom: utilisateurs.prenom,
      nom: utilisateurs.nom,
      email: utilisateurs.email,
      actif: utilisateurs.actif,
    })
    .from(adhesions)
    .innerJoin(utilisateurs, eq(utilisateurs.id, adhesions.utilisateurId))
    .where(eq(adhesions.structureId, structureId))
    .orderBy(asc(sql`unaccent(lower(${utilisateurs.nom}))`), asc(utilisateurs.prenom), asc(adhesions.role));
  return rows.map((r) => ({ ...r, departementCode: structure.departementCode }));
}

export type MembreStructure = Awaited<ReturnType<typeof membresStructure>>[number];
