import { sql } from 'drizzle-orm';
import { doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communes, departements } from './territoires.ts';

/** An organisation (collectivité, association, company) that hosts advisers, places or aidants. */
export const structures = pgTable(
  'structures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nom: text('nom').notNull(),
    siret: text('siret'),
    type: text('type').notNull(),
    departementCode: text('departement_code')
      .notNull()
      .references(() => departements.code),
    communeCode: text('commune_code').references(() => communes.code),
    adresse: text('adresse'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('structures_departement_idx').on(t.departementCode),
    index('structures_siret_idx').on(t.siret).where(sql`${t.siret} is not null`),
  ],
);
