import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The former activity reports (CRA 2021–2024), aggregated per département as published by the
 * programme. Themes are kept in the 2021 vocabulary and also mapped to the current one.
 */
export const activiteHistoriqueCra = pgTable('activite_historique_cra', {
  departementCode: text('departement_code').primaryKey(),
  usagers: integer('usagers').notNull(),
  accompagnements: integer('accompagnements').notNull(),
  /** 2021 theme code → count. */
  themes: jsonb('themes').$type<Record<string, number>>().notNull(),
  /** Current theme code → count (a 2021 theme mapped to two current themes counts for both). */
  themesActuels: jsonb('themes_actuels').$type<Record<string, number>>().notNull(),
  statut: jsonb('statut').$type<Record<string, number>>().notNull(),
  accompagnement: jsonb('accompagnement').$type<Record<string, number>>().notNull(),
  activite: jsonb('activite').$type<Record<string, number>>().notNull(),
  ages: jsonb('ages').$type<Record<string, number>>().notNull(),
  importeLe: timestamp('importe_le', { withTimezone: true }).notNull().defaultNow(),
});
