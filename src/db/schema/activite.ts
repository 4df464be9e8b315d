import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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

/**
 * A person a conseiller helps. Owned by the conseiller who follows them (`conseiller_id`) within a
 * structure. Anonymous beneficiaries carry only the statistical fields (gender, age bracket, status,
 * commune); erasure (on request or after the retention period) blanks the personal fields and keeps
 * those, so statistics survive.
 */
export const beneficiaires = pgTable(
  'beneficiaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conseillerId: uuid('conseiller_id')
      .notNull()
      .references(() => utilisateurs.id),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    anonyme: boolean('anonyme').notNull(),
    prenom: text('prenom'),
    nom: text('nom'),
    telephone: text('telephone'),
    courriel: text('courriel'),
    anneeNaissance: smallint('annee_naissance'),
    /** 'feminin' | 'masculin' | 'non_communique' (see domain/vocabulaire.ts). */
    genre: text('genre').notNull().default('non_communique'),
    trancheAge: text('tranche_age').notNull().default('non_communique'),
    statutSocial: text('statut_social').notNull().default('non_communique'),
    communeInsee: text('commune_insee'),
    notes: text('notes'),
    /** When the information notice was given and consent to keep named data was recorded. */
    consentementLe: timestamp('consentement_le', { withTimezone: true }),
    /** Date of the last accompaniment (drives the automatic erasure). */
    derniereActivite: date('derniere_activite', { mode: 'string' }),
    /** Personal data erased (on request or automatically); the row stays for statistics. */
    effaceLe: timestamp('efface_le', { withTimezone: true }),
    /** Merged into another beneficiary (a duplicate); its accompaniments moved there. */
    fusionneDans: uuid('fusionne_dans'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('beneficiaires_conseiller_idx').on(t.conseillerId, t.structureId),
    index('beneficiaires_structure_idx').on(t.structureId),
    index('beneficiaires_retention_idx')
      .on(t.derniereActivite)
      .where(sql`efface_le is null and anonyme = false`),
  ],
);

/**
 * One activity of a conseiller: an individual accompaniment or a collective one (a workshop). Its
 * beneficiaries are the `accompagnements` rows, one per person (the successor system's model).
 */
export const activites = pgTable(
  'activites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'individuel' | 'collectif'. */
    type: text('type').notNull(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    conseillerId: uuid('conseiller_id')
      .notNull()
      .references(() => utilisateurs.id),
    date: date('date', { mode: 'string' }).notNull(),
    dureeMinutes: integer('duree_minutes').notNull(),
    /** 'lieu_activite' | 'domicile' | 'a_distance' | 'autre'. */
    typeLieu: text('type_lieu').notNull(),
    /** The registry place, when typeLieu = 'lieu_activite'. */
    lieuId: uuid('lieu_id'),
    /** Where it took place (the place's commune, the commune typed, or the structure's). */
    communeInsee: text('commune_insee'),
    departementCode: text('departement_code'),
    titre: text('titre'),
    /** Collective only: 'debutant' | 'intermediaire' | 'avance'. */
    niveau: text('niveau'),
    /** Collective activity created from a workshop of the agenda. */
    atelierId: uuid('atelier_id'),
    thematiquesNumeriques: text('thematiques_numeriques').array().notNull().default([]),
    thematiquesAdministratives: text('thematiques_administratives').array().notNull().default([]),
    /** Version of the theme lists the codes belong to (domain/vocabulaire.ts). */
    versionThematiques: text('version_thematiques').notNull(),
    materiel: text('materiel').array().notNull().default([]),
    /** Individual only: 'entierement_accompagne' | 'partiellement_autonome' | 'autonome'. */
    autonomie: text('autonomie'),
    /** Redirected to which kind of organisation (null: not redirected). */
    orientation: text('orientation'),
    notes: text('notes'),
    /** 'saisie' | 'api' | 'demo' | 'generation'. */
    source: text('source').notNull().default('saisie'),
    /** API idempotency key, unique per structure. */
    cleIdempotence: text('cle_idempotence'),
    creePar: uuid('cree_par'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('activites_conseiller_date_idx').on(t.conseillerId, t.date),
    index('activites_structure_date_idx').on(t.structureId, t.date),
    index('activites_departement_date_idx').on(t.departementCode, t.date),
    index('activites_date_idx').on(t.date),
    // "Activities with at least one of these themes" (statistics filter).
    index('activites_thematiques_numeriques_idx').using('gin', t.thematiquesNumeriques),
    uniqueIndex('activites_idempotence_uniq')
      .on(t.structureId, t.cleIdempotence)
      .where(sql`cle_idempotence is not null`),
  ],
);

/**
 * One beneficiary in one activity. The activity's dimensions a statistic filters on (date, type,
 * structure, conseiller, département) are copied here at write time so a raw recount reads one table.
 */
export const accompagnements = pgTable(
  'accompagnements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activiteId: uuid('activite_id')
      .notNull()
      .references(() => activites.id, { onDelete: 'cascade' }),
    beneficiaireId: uuid('beneficiaire_id')
      .notNull()
      .references(() => beneficiaires.id),
    /** The beneficiary's first accompaniment on the platform. */
    premierAccompagnement: boolean('premier_accompagnement').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    type: text('type').notNull(),
    structureId: uuid('structure_id').notNull(),
    conseillerId: uuid('conseiller_id').notNull(),
    departementCode: text('departement_code'),
  },
  (t) => [
    index('accompagnements_activite_idx').on(t.activiteId),
    index('accompagnements_beneficiaire_idx').on(t.beneficiaireId),
    uniqueIndex('accompagnements_activite_beneficiaire_uniq').on(t.activiteId, t.beneficiaireId),
    // The raw statistics aggregation (the truth, the recount, the benchmark's baseline) by scope and date.
    index('accompagnements_structure_date_idx').on(t.structureId, t.date),
    index('accompagnements_conseiller_date_idx').on(t.conseillerId, t.date),
    index('accompagnements_departement_date_idx').on(t.departementCode, t.date),
    index('accompagnements_date_idx').on(t.date),
  ],
);
