import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const STATUTS_TACHE = ['en_attente', 'en_cours', 'terminee', 'echouee', 'interrompue'] as const;
export type StatutTache = (typeof STATUTS_TACHE)[number];

/**
 * Heavy work (imports, duplicate search, recomputes) queued by a request or a job and run by the
 * background worker of a server process, in small units, while the server keeps answering.
 */
export const tachesFond = pgTable(
  'taches_fond',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The task's kind, declared by a feature module (`lieux.import`…). */
    type: text('type').notNull(),
    statut: text('statut').$type<StatutTache>().notNull().default('en_attente'),
    parametres: jsonb('parametres').$type<unknown>().notNull(),
    /** Progress: units done out of `total` (unknown until the task has counted), and the current step. */
    fait: integer('fait').notNull().default(0),
    total: integer('total'),
    etape: text('etape'),
    resultat: jsonb('resultat').$type<unknown>(),
    /** French message of the failure, shown to the person who asked. */
    erreur: text('erreur'),
    acteurId: uuid('acteur_id'),
    /** Who asked, as they were then: the task acts (and is journaled) in their name. */
    acteur: jsonb('acteur').$type<unknown>(),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    debutLe: timestamp('debut_le', { withTimezone: true }),
    finLe: timestamp('fin_le', { withTimezone: true }),
    /** Written by the running worker every few seconds: a stale beat means its process died. */
    battementLe: timestamp('battement_le', { withTimezone: true }),
    /** Which process runs it (host:pid). */
    travailleur: text('travailleur'),
  },
  (t) => [index('taches_fond_file_idx').on(t.statut, t.creeLe)],
);

/**
 * The last due time each scheduled job ran for. On PostgreSQL every process with JOBS=on fires the same
 * cron: the process that moves `derniere_echeance` forward runs the job, the others see it done.
 */
export const tachesPlanifiees = pgTable('taches_planifiees', {
  nom: text('nom').primaryKey(),
  /** The cron occurrence (not the clock time of the run), the same in every process. */
  derniereEcheance: timestamp('derniere_echeance', { withTimezone: true }).notNull(),
  executeeLe: timestamp('executee_le', { withTimezone: true }).notNull(),
  /** host:pid of the process that ran it. */
  processus: text('processus').notNull(),
});
