import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    /**
     * How the position was obtained: 'adresse' | 'rue' | 'lieu_dit' (geocoded by the national address
     * service), 'commune' (the commune's centre: approximate), 'saisie' (typed); null: unknown (imports).
     */
    positionPrecision: text('position_precision'),
    codePostal: text('code_postal'),
    /** In a priority urban district: 'oui' | 'non' | 'sans_objet' (the 2021 platform's values). */
    qpv: text('qpv'),
    /** In a rural revitalisation zone; null when unknown. */
    zrr: boolean('zrr'),
    /** Holds the France Services label; null when unknown. */
    franceServices: boolean('france_services'),
    /** National network it belongs to (Croix-Rouge, La Poste, Emmaüs Connect…). */
    reseauNational: text('reseau_national'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('structures_departement_idx').on(t.departementCode),
    index('structures_siret_idx').on(t.siret).where(sql`${t.siret} is not null`),
  ],
);
