import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Summary tables of the activity statistics (ADR 023), maintained in the same transaction as every
 * write of `activites`/`accompagnements` and checked against a raw recount. Key conventions:
 * `departement_code` is '*' for the national row, '' for an activity without département, else the
 * code; `thematique` is '*' (all activities) or one digital theme (the activities having it);
 * `type` in `activite_stats_presences` may be '*' (both types). Rows may hold n = 0 after removals.
 */

/** Per day: activities and accompaniments (the day series). */
export const activiteStatsJour = pgTable(
  'activite_stats_jour',
  {
    departementCode: text('departement_code').notNull(),
    thematique: text('thematique').notNull(),
    type: text('type').notNull(),
    jour: date('jour', { mode: 'string' }).notNull(),
    activites: integer('activites').notNull().default(0),
    accompagnements: integer('accompagnements').notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'activite_stats_jour_pk',
      columns: [t.departementCode, t.thematique, t.type, t.jour],
    }),
  ],
);

/**
 * Per month (YYYY-MM): totals (dimension 'totaux': activites, accompagnements, nouveaux,
 * nouveaux_nommes) and every distribution (dimension = the contract's name, valeur = the code).
 * Communes only on département rows (a commune lies in one département), by month (dimension
 * 'communes') and by year (dimension 'communesAn', mois 'YYYY-00').
 */
export const activiteStatsMois = pgTable(
  'activite_stats_mois',
  {
    departementCode: text('departement_code').notNull(),
    thematique: text('thematique').notNull(),
    type: text('type').notNull(),
    mois: text('mois').notNull(),
    dimension: text('dimension').notNull(),
    valeur: text('valeur').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'activite_stats_mois_pk',
      columns: [t.departementCode, t.thematique, t.type, t.mois, t.dimension, t.valeur],
    }),
    // The national communes distribution reads the département rows of every département.
    index('activite_stats_mois_communes_idx')
      .on(t.dimension, t.thematique, t.mois)
      .where(sql`dimension in ('communes', 'communesAn')`),
  ],
);

/**
 * Distinct beneficiaries, exactly: for each class (département × type × theme, each possibly '*') a
 * beneficiary active in month `mois` counts once, with the previous month they were active in the
 * same class (`mois_precedent`, '' for none). The distinct people of months [M1, M2] are then the
 * rows with M1 ≤ mois ≤ M2 and mois_precedent < M1: additive, and small (months × months × class).
 */
export const activiteStatsPresences = pgTable(
  'activite_stats_presences',
  {
    departementCode: text('departement_code').notNull(),
    type: text('type').notNull(),
    thematique: text('thematique').notNull(),
    anonyme: boolean('anonyme').notNull(),
    mois: text('mois').notNull(),
    moisPrecedent: text('mois_precedent').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [
    primaryKey({
      name: 'activite_stats_presences_pk',
      columns: [t.departementCode, t.type, t.thematique, t.mois, t.moisPrecedent, t.anonyme],
    }),
  ],
);
