import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { lieux } from './lieux.ts';

/** "Signaler une erreur" on a place's public page: stored, audited, mailed to the owner and ANCT. */
export const lieuxSignalements = pgTable(
  'lieux_signalements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lieuId: uuid('lieu_id')
      .notNull()
      .references(() => lieux.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    /** Optional, to answer the person. */
    email: text('email'),
    /** Owner structure and département when reported (who must act). */
    structureId: uuid('structure_id'),
    departementCode: text('departement_code'),
    /** 'traite': closed by the owner structure or ANCT, with its outcome and note. */
    statut: text('statut').$type<'nouveau' | 'traite'>().notNull().default('nouveau'),
    issue: text('issue').$type<'corrige' | 'sans_suite'>(),
    note: text('note'),
    traiteLe: timestamp('traite_le', { withTimezone: true }),
    traitePar: uuid('traite_par'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lieux_signalements_lieu_idx').on(t.lieuId),
    index('lieux_signalements_cree_idx').on(t.creeLe),
    index('lieux_signalements_statut_idx').on(t.statut, t.creeLe),
  ],
);

/**
 * One row per statement that changed `lieux` (written by a trigger, migration 0007): every process
 * compares count(*) and max(id) to know whether its in-memory search index is stale. Append-only, so
 * concurrent writers never wait on each other; old rows are pruned.
 */
export const lieuxJournalModifications = pgTable('lieux_journal_modifications', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  le: timestamp('le', { withTimezone: true }).notNull().defaultNow(),
});
