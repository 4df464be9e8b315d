import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { utilisateurs } from './comptes.ts';

/** The api feature's tables. */

export const jetonsApi = pgTable('jetons_api', {
  id: uuid('id').primaryKey().defaultRandom(),
  nom: text('nom').notNull(),
  /** First characters, shown to recognise a token; the rest is only stored hashed. */
  prefixe: text('prefixe').notNull(),
  hash: text('hash').notNull().unique(),
  portees: text('portees').array().notNull(),
  departementCode: text('departement_code'),
  structureId: uuid('structure_id'),
  creePar: uuid('cree_par').references(() => utilisateurs.id),
  creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  derniereUtilisationLe: timestamp('derniere_utilisation_le', { withTimezone: true }),
  revoqueLe: timestamp('revoque_le', { withTimezone: true }),
});
