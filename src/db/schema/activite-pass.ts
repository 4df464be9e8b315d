import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accompagnements, activites } from './activite.ts';
import { structures } from './structures.ts';

/** Whether a structure accepts pass numérique cheques (one row per structure that said so). */
export const activitePassStructures = pgTable('activite_pass_structures', {
  structureId: uuid('structure_id')
    .primaryKey()
    .references(() => structures.id),
  accepte: boolean('accepte').notNull(),
  modifiePar: uuid('modifie_par'),
  modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A pass numérique cheque used in an activity. Its number is unique across the platform (normalised:
 * no spaces, upper case): a cheque is paid once.
 */
export const activitePassCheques = pgTable(
  'activite_pass_cheques',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    numero: text('numero').notNull(),
    emetteur: text('emetteur').notNull(),
    valeurCentimes: integer('valeur_centimes').notNull(),
    valableJusquau: date('valable_jusquau', { mode: 'string' }).notNull(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    activiteId: uuid('activite_id')
      .notNull()
      .references(() => activites.id),
    accompagnementId: uuid('accompagnement_id').references(() => accompagnements.id),
    /** The activity's date, copied: statements filter on it. */
    dateActivite: date('date_activite', { mode: 'string' }).notNull(),
    enregistrePar: uuid('enregistre_par'),
    enregistreLe: timestamp('enregistre_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('activite_pass_cheques_numero_uniq').on(t.numero),
    index('activite_pass_cheques_structure_idx').on(t.structureId, t.emetteur, t.dateActivite),
    index('activite_pass_cheques_activite_idx').on(t.activiteId),
  ],
);

/**
 * The API's idempotency record of an activity: the hash of the body first sent with its key, so that a
 * replay with another body is told apart (the key itself is on `activites.cle_idempotence`).
 */
export const activiteApiEmpreintes = pgTable(
  'activite_api_empreintes',
  {
    activiteId: uuid('activite_id')
      .primaryKey()
      .references(() => activites.id, { onDelete: 'cascade' }),
    structureId: uuid('structure_id').notNull(),
    cle: text('cle').notNull(),
    empreinte: text('empreinte').notNull(),
    /** The first answer, sent again as is on a replay. */
    reponse: jsonb('reponse').$type<Record<string, unknown>>().notNull(),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('activite_api_empreintes_cle_uniq').on(t.structureId, t.cle)],
);
