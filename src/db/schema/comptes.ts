import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { structures } from './structures.ts';
import { departements } from './territoires.ts';

export const utilisateurs = pgTable(
  'utilisateurs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored as typed; uniqueness is on lower(email). */
    email: text('email').notNull(),
    prenom: text('prenom').notNull(),
    nom: text('nom').notNull(),
    motDePasseHash: text('mot_de_passe_hash'),
    totpSecret: text('totp_secret'),
    totpActiveLe: timestamp('totp_active_le', { withTimezone: true }),
    /** Last accepted TOTP time step: a code is never accepted twice (replay protection). */
    totpDernierPas: integer('totp_dernier_pas'),
    actif: boolean('actif').notNull().default(true),
    /** Demo personas are refused in production. */
    demo: boolean('demo').notNull().default(false),
    proconnectSub: text('proconnect_sub'),
    derniereConnexionLe: timestamp('derniere_connexion_le', { withTimezone: true }),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('utilisateurs_email_unique').on(sql`lower(${t.email})`),
    uniqueIndex('utilisateurs_proconnect_unique').on(t.proconnectSub),
  ],
);

/** A role held by a user within a scope: national, one département, or one structure. */
export const adhesions = pgTable(
  'adhesions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    utilisateurId: uuid('utilisateur_id')
      .notNull()
      .references(() => utilisateurs.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    departementCode: text('departement_code').references(() => departements.code),
    structureId: uuid('structure_id').references(() => structures.id),
    /** Aidants Connect: the aidant is référent of its structure. */
    referent: boolean('referent').notNull().default(false),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('adhesions_utilisateur_idx').on(t.utilisateurId),
    uniqueIndex('adhesions_unique').on(
      t.utilisateurId,
      t.role,
      sql`coalesce(${t.departementCode}, '')`,
      sql`coalesce(${t.structureId}::text, '')`,
    ),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie value: a leaked table cannot be replayed. */
    idHash: text('id_hash').primaryKey(),
    utilisateurId: uuid('utilisateur_id')
      .notNull()
      .references(() => utilisateurs.id, { onDelete: 'cascade' }),
    adhesionId: uuid('adhesion_id').references(() => adhesions.id, { onDelete: 'set null' }),
    /** When the second factor was last verified in this session (null: not verified). */
    totpVerifieLe: timestamp('totp_verifie_le', { withTimezone: true }),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    vuLe: timestamp('vu_le', { withTimezone: true }).notNull().defaultNow(),
    expireLe: timestamp('expire_le', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_utilisateur_idx').on(t.utilisateurId)],
);

/** Single-use e-mailed tokens: password reset and invitations. */
export const jetonsEmail = pgTable(
  'jetons_email',
  {
    hash: text('hash').primaryKey(),
    type: text('type').notNull(),
    utilisateurId: uuid('utilisateur_id').references(() => utilisateurs.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role'),
    departementCode: text('departement_code'),
    structureId: uuid('structure_id'),
    creePar: uuid('cree_par'),
    expireLe: timestamp('expire_le', { withTimezone: true }).notNull(),
    utiliseLe: timestamp('utilise_le', { withTimezone: true }),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jetons_email_utilisateur_idx').on(t.utilisateurId)],
);

/** Failed-login counters per key (ip:… or compte:…), shared by every process. */
export const tentativesConnexion = pgTable('tentatives_connexion', {
  cle: text('cle').primaryKey(),
  echecs: integer('echecs').notNull().default(0),
  debutFenetre: timestamp('debut_fenetre', { withTimezone: true }).notNull(),
  bloqueJusquA: timestamp('bloque_jusqu_a', { withTimezone: true }),
});
