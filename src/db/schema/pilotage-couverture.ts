import { doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Owned by the pilotage feature. Coverage results, recomputed off the request path (job, command):
 * distances per commune and kind of place, and population within 5/10/20/30 km per territory.
 * Commune codes are not foreign keys: territoires owns communes, pilotage stores a snapshot.
 */
export const pilotageCouvertureCommunes = pgTable(
  'pilotage_couverture_communes',
  {
    communeCode: text('commune_code').notNull(),
    /** 'mediation' | 'france_services' | 'conseiller_numerique' | 'aidants_connect'. */
    genre: text('genre').notNull(),
    departementCode: text('departement_code').notNull(),
    population: integer('population').notNull(),
    /** Null: the commune has no centre, or no place of this kind exists. */
    distanceKm: doublePrecision('distance_km'),
  },
  (t) => [primaryKey({ columns: [t.communeCode, t.genre] })],
);

export const pilotageCouvertureTerritoires = pgTable(
  'pilotage_couverture_territoires',
  {
    /** A département code, or 'FR'. */
    territoire: text('territoire').notNull(),
    genre: text('genre').notNull(),
    communes: integer('communes').notNull(),
    communesSansCentre: integer('communes_sans_centre').notNull(),
    population: integer('population').notNull(),
    populationSansCentre: integer('population_sans_centre').notNull(),
    lieux: integer('lieux').notNull(),
    population5: integer('population_5').notNull(),
    population10: integer('population_10').notNull(),
    population20: integer('population_20').notNull(),
    population30: integer('population_30').notNull(),
  },
  (t) => [primaryKey({ columns: [t.territoire, t.genre] })],
);

/** One row: when coverage was last computed, and from which places (to skip needless recomputes). */
export const pilotageCouvertureCalcul = pgTable('pilotage_couverture_calcul', {
  id: integer('id').primaryKey(),
  calculeLe: timestamp('calcule_le', { withTimezone: true }).notNull(),
  /** Fingerprint of the places read (count, last change). */
  empreinteLieux: text('empreinte_lieux').notNull(),
  dureeMs: integer('duree_ms').notNull(),
  resume: jsonb('resume').$type<Record<string, number>>().notNull(),
});

/** Indice de fragilité numérique (France numérique ensemble), commune and EPCI: scores 0–10. */
export const pilotageIfn = pgTable(
  'pilotage_ifn',
  {
    /** 'commune' | 'epci'. */
    niveau: text('niveau').notNull(),
    code: text('code').notNull(),
    nom: text('nom').notNull(),
    sansTresHautDebit: doublePrecision('sans_tres_haut_debit'),
    sans4g: doublePrecision('sans_4g'),
    pauvrete: doublePrecision('pauvrete'),
    plus65Ans: doublePrecision('plus_65_ans'),
    nonDiplomes: doublePrecision('non_diplomes'),
    total: doublePrecision('total').notNull(),
    importeLe: timestamp('importe_le', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.niveau, t.code] })],
);
