import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { utilisateurs } from './comptes.ts';
import { structures } from './structures.ts';

/** A recurrence: every N weeks until a date; its occurrences are rows of `ateliers`. */
export const ateliersSeries = pgTable('ateliers_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  structureId: uuid('structure_id')
    .notNull()
    .references(() => structures.id),
  intervalleSemaines: smallint('intervalle_semaines').notNull(),
  jusquAu: date('jusqu_au', { mode: 'string' }).notNull(),
  creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A workshop of the public agenda, led by a conseiller of a structure at one of its places. The
 * place's position and commune are copied at publication (and on a move) so the public search reads
 * one table.
 */
export const ateliers = pgTable(
  'ateliers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    conseillerId: uuid('conseiller_id')
      .notNull()
      .references(() => utilisateurs.id),
    titre: text('titre').notNull(),
    description: text('description').notNull().default(''),
    thematiques: text('thematiques').array().notNull().default([]),
    /** 'debutant' | 'intermediaire' | 'avance'. */
    niveau: text('niveau').notNull(),
    lieuId: uuid('lieu_id').notNull(),
    communeInsee: text('commune_insee'),
    departementCode: text('departement_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    debut: timestamp('debut', { withTimezone: true }).notNull(),
    fin: timestamp('fin', { withTimezone: true }).notNull(),
    serieId: uuid('serie_id').references(() => ateliersSeries.id),
    capacite: integer('capacite').notNull(),
    inscriptionRequise: boolean('inscription_requise').notNull().default(true),
    accessibilite: text('accessibilite').notNull().default(''),
    gratuit: boolean('gratuit').notNull().default(true),
    /** 'publie' | 'annule'. */
    statut: text('statut').notNull().default('publie'),
    /** The collective activity recorded at the roll call (once per workshop). */
    activiteId: uuid('activite_id'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ateliers_structure_debut_idx').on(t.structureId, t.debut),
    index('ateliers_conseiller_debut_idx').on(t.conseillerId, t.debut),
    index('ateliers_debut_idx').on(t.debut).where(sql`statut = 'publie'`),
  ],
);

/**
 * A person's registration to a workshop, without an account. Seats are counted under a lock of the
 * workshop row; a waiting list is ordered by `rang_attente`.
 */
export const ateliersInscriptions = pgTable(
  'ateliers_inscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    atelierId: uuid('atelier_id')
      .notNull()
      .references(() => ateliers.id, { onDelete: 'cascade' }),
    prenom: text('prenom').notNull(),
    nom: text('nom').notNull(),
    /** Lower-cased. */
    courriel: text('courriel'),
    /** Digits only. */
    telephone: text('telephone'),
    consentementLe: timestamp('consentement_le', { withTimezone: true }).notNull(),
    /** 'confirmee' | 'attente' | 'annulee'. */
    statut: text('statut').notNull(),
    rangAttente: integer('rang_attente'),
    present: boolean('present'),
    rappelEnvoyeLe: timestamp('rappel_envoye_le', { withTimezone: true }),
    annuleeLe: timestamp('annulee_le', { withTimezone: true }),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ateliers_inscriptions_atelier_idx').on(t.atelierId, t.statut),
    uniqueIndex('ateliers_inscriptions_courriel_uniq')
      .on(t.atelierId, t.courriel)
      .where(sql`statut <> 'annulee' and courriel is not null`),
    uniqueIndex('ateliers_inscriptions_telephone_uniq')
      .on(t.atelierId, t.telephone)
      .where(sql`statut <> 'annulee' and telephone is not null`),
  ],
);
