import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { structures } from './structures.ts';

/**
 * A place of digital mediation, in the national standard v1.0.2 (one column per field, lists as arrays).
 * The standard's `id` is ours (uuid) on export; each source's own id lives in `lieux_provenances`.
 * The GiST index on ll_to_earth(latitude, longitude) and the trigram index on nom_recherche are created
 * by a custom migration (drizzle cannot express them).
 */
export const lieux = pgTable(
  'lieux',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pivot: text('pivot').notNull(),
    nom: text('nom').notNull(),
    /** Lower-case, unaccented name: what the trigram search and duplicate detection compare. */
    nomRecherche: text('nom_recherche').notNull().generatedAlwaysAs(sql`immutable_unaccent(lower(nom))`),
    commune: text('commune').notNull(),
    codePostal: text('code_postal').notNull(),
    codeInsee: text('code_insee'),
    /** Derived from code_insee (or the postal code) at write time. */
    departementCode: text('departement_code'),
    adresse: text('adresse').notNull(),
    complementAdresse: text('complement_adresse'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /**
     * How the position was obtained: 'adresse' | 'rue' | 'lieu_dit' (geocoded by the national address
     * service), 'commune' (the commune's centre: approximate), 'saisie' (typed); null: unknown (imports).
     */
    positionPrecision: text('position_precision'),
    typologie: text('typologie').array().notNull().default([]),
    telephone: text('telephone'),
    courriels: text('courriels').array().notNull().default([]),
    siteWeb: text('site_web').array().notNull().default([]),
    /** OpenStreetMap opening_hours string, as given. */
    horaires: text('horaires'),
    /** Parsed form of `horaires` (written by the opening-hours module); null when not computed. */
    horairesAnalyse: jsonb('horaires_analyse').$type<unknown>(),
    presentationResume: text('presentation_resume'),
    presentationDetail: text('presentation_detail'),
    /** The standard's `source`: who collected the data (free text). */
    source: text('source'),
    itinerance: text('itinerance').array().notNull().default([]),
    structureParente: text('structure_parente'),
    dateMaj: date('date_maj', { mode: 'string' }).notNull(),
    services: text('services').array().notNull().default([]),
    publicsSpecifiquementAdresses: text('publics_specifiquement_adresses').array().notNull().default([]),
    priseEnChargeSpecifique: text('prise_en_charge_specifique').array().notNull().default([]),
    fraisACharge: text('frais_a_charge').array().notNull().default([]),
    dispositifProgrammesNationaux: text('dispositif_programmes_nationaux').array().notNull().default([]),
    formationsLabels: text('formations_labels').array().notNull().default([]),
    autresFormationsLabels: text('autres_formations_labels').array().notNull().default([]),
    modalitesAcces: text('modalites_acces').array().notNull().default([]),
    modalitesAccompagnement: text('modalites_accompagnement').array().notNull().default([]),
    ficheAccesLibre: text('fiche_acces_libre'),
    priseRdv: text('prise_rdv'),
    /** Owner structure (places managed in Maillage); null for imported places nobody claimed. */
    structureId: uuid('structure_id').references(() => structures.id, { onDelete: 'set null' }),
    /** Set when this place was merged into another one as a duplicate: hidden everywhere. */
    fusionneDans: uuid('fusionne_dans').references((): AnyPgColumn => lieux.id, { onDelete: 'set null' }),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lieux_departement_idx').on(t.departementCode),
    index('lieux_code_insee_idx').on(t.codeInsee),
    index('lieux_structure_idx').on(t.structureId),
    index('lieux_pivot_idx').on(t.pivot),
    // Partial: "fusionne_dans is null" (every live query) must never be answered through this index.
    index('lieux_fusionne_dans_idx').on(t.fusionneDans).where(sql`${t.fusionneDans} is not null`),
    index('lieux_services_idx').using('gin', t.services),
  ],
);

/** Where a place came from: one row per (source, id in that source); a merge moves rows, never drops them. */
export const lieuxProvenances = pgTable(
  'lieux_provenances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The place this provenance feeds now (moved to the kept place by a merge). */
    lieuId: uuid('lieu_id')
      .notNull()
      .references(() => lieux.id, { onDelete: 'cascade' }),
    /** The place this provenance created; re-imports update that one (hidden if merged). */
    lieuOrigineId: uuid('lieu_origine_id')
      .notNull()
      .references(() => lieux.id, { onDelete: 'cascade' }),
    source: text('source').notNull(),
    idSource: text('id_source').notNull(),
    /** sha256 of the normalised record: an identical re-import changes nothing. */
    empreinte: text('empreinte').notNull(),
    importeLe: timestamp('importe_le', { withTimezone: true }).notNull().defaultNow(),
    /** The import that created this provenance (and its place): what undoing that import removes. */
    importId: uuid('import_id'),
    /** The source row as read (before mapping). */
    donnees: jsonb('donnees').$type<unknown>(),
  },
  (t) => [
    uniqueIndex('lieux_provenances_source_unique').on(t.source, t.idSource),
    index('lieux_provenances_lieu_idx').on(t.lieuId),
    index('lieux_provenances_origine_idx').on(t.lieuOrigineId),
    index('lieux_provenances_import_idx').on(t.importId),
  ],
);

export type StatutDoublon = 'candidat' | 'fusionne' | 'ecarte';
export type MotifDoublon = 'pivot' | 'nom';

/** A pair of places that probably describe the same place (lieu_a_id < lieu_b_id). */
export const lieuxDoublons = pgTable(
  'lieux_doublons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lieuAId: uuid('lieu_a_id')
      .notNull()
      .references(() => lieux.id, { onDelete: 'cascade' }),
    lieuBId: uuid('lieu_b_id')
      .notNull()
      .references(() => lieux.id, { onDelete: 'cascade' }),
    motif: text('motif').$type<MotifDoublon>().notNull(),
    distanceM: doublePrecision('distance_m').notNull(),
    similarite: real('similarite').notNull(),
    statut: text('statut').$type<StatutDoublon>().notNull().default('candidat'),
    detecteLe: timestamp('detecte_le', { withTimezone: true }).notNull().defaultNow(),
    traiteLe: timestamp('traite_le', { withTimezone: true }),
    traitePar: uuid('traite_par'),
    /** On merge: the place that was kept. */
    lieuConserveId: uuid('lieu_conserve_id'),
  },
  (t) => [
    uniqueIndex('lieux_doublons_paire_unique').on(t.lieuAId, t.lieuBId),
    index('lieux_doublons_statut_idx').on(t.statut),
  ],
);

/** One import run (CLI or upload) and its report, so the page can show and download it later. */
export const STATUTS_IMPORT_LIEUX = [
  'en_attente',
  'en_cours',
  'termine',
  'echoue',
  'interrompu',
  'annule',
] as const;
export type StatutImportLieux = (typeof STATUTS_IMPORT_LIEUX)[number];

export const lieuxImports = pgTable(
  'lieux_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    format: text('format').notNull(),
    fichier: text('fichier').notNull(),
    simulation: boolean('simulation').notNull().default(false),
    /**
     * Written when the import is asked ('en_attente'), then 'en_cours', 'termine', 'echoue', or
     * 'interrompu' when its process died (it can be resumed or its created places removed: 'annule').
     */
    statut: text('statut').$type<StatutImportLieux>().notNull().default('termine'),
    /** The background task that runs it (null for imports made before tasks, or by the CLI). */
    tacheId: uuid('tache_id'),
    lignes: integer('lignes').notNull().default(0),
    crees: integer('crees').notNull().default(0),
    modifies: integer('modifies').notNull().default(0),
    inchanges: integer('inchanges').notNull().default(0),
    rejetes: integer('rejetes').notNull().default(0),
    /** The full report (rejections, rows without coordinates…); null until the import has run. */
    rapport: jsonb('rapport').$type<unknown>(),
    acteurId: uuid('acteur_id'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lieux_imports_cree_idx').on(t.creeLe)],
);

/**
 * The file of an import asked on the page, kept until it has run (a resumed import reads it again): in
 * base64 pieces of 64 KB, written and read one at a time, because the embedded database blocks the
 * server while it stores or returns one large value (a 5 MB bytea took 6 s). The pieces are written
 * before the import's record (same id), so there is no foreign key: pieces without a record are purged.
 */
export const lieuxImportsFichiers = pgTable(
  'lieux_imports_fichiers',
  {
    importId: uuid('import_id').notNull(),
    rang: integer('rang').notNull(),
    morceau: text('morceau').notNull(),
    recuLe: timestamp('recu_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rang] })],
);
