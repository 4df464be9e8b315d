import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** metro: metropolitan France; drom: overseas départements; com: overseas collectivités (not départements). */
export type Zone = 'metro' | 'drom' | 'com';

/**
 * Where a commune's centre comes from: 'import' (an official file loaded by the operator), 'demo'
 * (approximate hand-written positions, demo mode only), 'derive' (median of the commune's geolocated
 * places and structures); null when the commune has no centre.
 */
export type SourceCentre = 'import' | 'demo' | 'derive';

export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  nom: text('nom').notNull(),
  zone: text('zone').$type<Zone>().notNull().default('metro'),
});

export const departements = pgTable('departements', {
  code: text('code').primaryKey(),
  nom: text('nom').notNull(),
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code),
  zone: text('zone').$type<Zone>().notNull().default('metro'),
  /** IANA time zone of the département (Europe/Paris, America/Cayenne…). */
  fuseauHoraire: text('fuseau_horaire').notNull().default('Europe/Paris'),
});

export const epcis = pgTable('epcis', {
  code: text('code').primaryKey(),
  nom: text('nom').notNull(),
  type: text('type').notNull(),
  population: integer('population'),
});

export const communes = pgTable(
  'communes',
  {
    code: text('code').primaryKey(),
    nom: text('nom').notNull(),
    /** Lower-case, unaccented, hyphens as spaces: what the search compares. */
    nomRecherche: text('nom_recherche').notNull(),
    departementCode: text('departement_code')
      .notNull()
      .references(() => departements.code),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    epciCode: text('epci_code').references(() => epcis.code),
    codesPostaux: text('codes_postaux').array().notNull().default([]),
    population: integer('population'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** Set together with latitude/longitude (see SourceCentre). */
    centreSource: text('centre_source').$type<SourceCentre>(),
  },
  (t) => [
    index('communes_departement_idx').on(t.departementCode),
    index('communes_epci_idx').on(t.epciCode),
    check('communes_centre_source_check', sql`${t.centreSource} in ('import', 'demo', 'derive')`),
  ],
);

/** Which version of each reference dataset is loaded, so that loading runs once per version. */
export const versionsReferentiels = pgTable('versions_referentiels', {
  nom: text('nom').primaryKey(),
  version: text('version').notNull(),
  chargeLe: timestamp('charge_le', { withTimezone: true }).notNull().defaultNow(),
});
