import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './colonnes.ts';
import { utilisateurs } from './comptes.ts';
import { structures } from './structures.ts';
import { communes, departements } from './territoires.ts';

/**
 * The programme's figures (one row per programme; "cnfs" for the 2021 advisers programme).
 * Committee decisions lock this row (SELECT … FOR UPDATE) to check the quota and the envelope.
 */
export const parametresProgramme = pgTable('parametres_programme', {
  id: text('id').primaryKey(),
  postesCibles: integer('postes_cibles').notNull(),
  financementPublicEur: integer('financement_public_eur').notNull(),
  financementPriveEur: integer('financement_prive_eur').notNull(),
  enveloppeEur: bigint('enveloppe_eur', { mode: 'number' }).notNull(),
  dureesContratMois: integer('durees_contrat_mois').array().notNull(),
  modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  modifiePar: uuid('modifie_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
});

/** Dated milestones of the programme (deadlines, progress reports, targets). */
export const jalonsProgramme = pgTable(
  'jalons_programme',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: text('programme_id')
      .notNull()
      .references(() => parametresProgramme.id),
    code: text('code').notNull(),
    libelle: text('libelle').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** What the target counts (en_poste, recrutes…), when the milestone has one. */
    indicateur: text('indicateur'),
    cible: integer('cible'),
  },
  (t) => [uniqueIndex('jalons_programme_code_unique').on(t.programmeId, t.code)],
);

/** A structure's application to host advisers (at most one active per structure). */
export const candidaturesStructures = pgTable(
  'candidatures_structures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    statut: text('statut').notNull().default('CREEE'),
    postesDemandes: integer('postes_demandes').notNull(),
    dateDebutSouhaitee: date('date_debut_souhaitee', { mode: 'string' }),
    motivation: text('motivation'),
    contactPrenom: text('contact_prenom'),
    contactNom: text('contact_nom'),
    contactFonction: text('contact_fonction'),
    contactEmail: text('contact_email'),
    contactTelephone: text('contact_telephone'),
    /** Source of an imported application ("cnfs-2021-06:123"), for idempotent imports. */
    referenceImport: text('reference_import'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('candidatures_structures_active_unique')
      .on(t.structureId)
      .where(sql`${t.statut} not in ('ABANDON', 'ANNULEE', 'DOUBLON')`),
    uniqueIndex('candidatures_structures_import_unique').on(t.referenceImport),
    index('candidatures_structures_statut_idx').on(t.statut),
  ],
);

/** The préfecture's opinion on one application of its département (one per application, edits audited). */
export const avisPrefecture = pgTable(
  'avis_prefecture',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidatureId: uuid('candidature_id')
      .notNull()
      .references(() => candidaturesStructures.id),
    departementCode: text('departement_code')
      .notNull()
      .references(() => departements.code),
    avis: text('avis').notNull(),
    commentaire: text('commentaire').notNull(),
    rangPriorite: integer('rang_priorite'),
    /** Given after the opinion deadline (accepted, but flagged). */
    enRetard: boolean('en_retard').notNull().default(false),
    auteurId: uuid('auteur_id').references(() => utilisateurs.id, { onDelete: 'set null' }),
    donneLe: timestamp('donne_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('avis_prefecture_candidature_unique').on(t.candidatureId),
    index('avis_prefecture_departement_idx').on(t.departementCode),
    // A priority rank is given once per département (two "Rang 1" were accepted, issue 8).
    uniqueIndex('avis_prefecture_rang_unique')
      .on(t.departementCode, t.rangPriorite)
      .where(sql`${t.rangPriorite} is not null`),
  ],
);

/** A numbered, dated session of the national selection committee (COSELEC). */
export const sessionsCoselec = pgTable('sessions_coselec', {
  id: uuid('id').primaryKey().defaultRandom(),
  numero: integer('numero').notNull().unique(),
  date: date('date', { mode: 'string' }).notNull(),
  creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One committee decision on one application: a first decision or an amendment. Granted posts and
 * committed funding are the sums of `postes` and `montant_eur` (negative for withdrawals).
 */
export const decisionsCoselec = pgTable(
  'decisions_coselec',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessionsCoselec.id),
    candidatureId: uuid('candidature_id')
      .notNull()
      .references(() => candidaturesStructures.id),
    nature: text('nature').notNull(),
    avis: text('avis').notNull(),
    postes: integer('postes').notNull(),
    /** Funding per post at the time of the decision (the employer's category rate). */
    financementParPosteEur: integer('financement_par_poste_eur').notNull(),
    montantEur: bigint('montant_eur', { mode: 'number' }).notNull(),
    commentaire: text('commentaire'),
    decidePar: uuid('decide_par').references(() => utilisateurs.id, { onDelete: 'set null' }),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('decisions_coselec_candidature_idx').on(t.candidatureId),
    index('decisions_coselec_session_idx').on(t.sessionId),
  ],
);

/** Stored files of the feature (generated and signed convention PDFs), in the database. */
export const fichiersRecrutement = pgTable('fichiers_recrutement', {
  id: uuid('id').primaryKey().defaultRandom(),
  nom: text('nom').notNull(),
  typeMime: text('type_mime').notNull(),
  taille: integer('taille').notNull(),
  sha256: text('sha256').notNull(),
  contenu: bytea('contenu').notNull(),
  creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
});

/** The funding convention that implements one positive decision (first decision or added posts). */
export const conventions = pgTable(
  'conventions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    numero: text('numero').notNull().unique(),
    candidatureId: uuid('candidature_id')
      .notNull()
      .references(() => candidaturesStructures.id),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisionsCoselec.id),
    postes: integer('postes').notNull(),
    financementParPosteEur: integer('financement_par_poste_eur').notNull(),
    montantEur: bigint('montant_eur', { mode: 'number' }).notNull(),
    dureeMois: integer('duree_mois').notNull(),
    statut: text('statut').notNull().default('A_SIGNER'),
    fichierId: uuid('fichier_id').references(() => fichiersRecrutement.id),
    fichierSigneId: uuid('fichier_signe_id').references(() => fichiersRecrutement.id),
    /** When the structure uploaded the signed PDF (it then waits for ANCT's review). */
    signatureDeposeeLe: timestamp('signature_deposee_le', { withTimezone: true }),
    /** When ANCT validated the signature: only then does the convention count as signed. */
    signeeLe: timestamp('signee_le', { withTimezone: true }),
    /** ANCT's reason for sending the signed copy back (shown to the structure until it uploads again). */
    motifRenvoi: text('motif_renvoi'),
    resilieeLe: timestamp('resiliee_le', { withTimezone: true }),
    motifResiliation: text('motif_resiliation'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conventions_decision_unique').on(t.decisionId),
    index('conventions_candidature_idx').on(t.candidatureId),
  ],
);

/** A person applying to become a conseiller numérique. Personal data is erased on withdrawal. */
export const candidats = pgTable(
  'candidats',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    utilisateurId: uuid('utilisateur_id').references(() => utilisateurs.id, { onDelete: 'set null' }),
    prenom: text('prenom'),
    nom: text('nom'),
    email: text('email'),
    telephone: text('telephone'),
    communeCode: text('commune_code').references(() => communes.code),
    codePostal: text('code_postal'),
    departementCode: text('departement_code')
      .notNull()
      .references(() => departements.code),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** null: no limit (within its own territory). */
    rayonMobiliteKm: integer('rayon_mobilite_km'),
    dateDisponibilite: date('date_disponibilite', { mode: 'string' }).notNull(),
    situations: text('situations').array().notNull(),
    diplome: boolean('diplome').notNull().default(false),
    diplomeNom: text('diplome_nom'),
    experience: text('experience'),
    motivation: text('motivation'),
    niveauPix: integer('niveau_pix'),
    statut: text('statut').notNull().default('actif'),
    consentementLe: timestamp('consentement_le', { withTimezone: true }),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
    effaceLe: timestamp('efface_le', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('candidats_utilisateur_unique').on(t.utilisateurId),
    index('candidats_departement_idx').on(t.departementCode, t.statut),
  ],
);

/** A structure ↔ candidate relation: proposed by matching or chosen by hand, then the recruitment. */
export const misesEnRelation = pgTable(
  'mises_en_relation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    structureId: uuid('structure_id')
      .notNull()
      .references(() => structures.id),
    candidatId: uuid('candidat_id')
      .notNull()
      .references(() => candidats.id),
    distanceKm: real('distance_km'),
    statut: text('statut').notNull().default('nouvelle'),
    origine: text('origine').notNull().default('automatique'),
    /** ANCT's reason when it refuses or sends back a recruitment. */
    motifAnct: text('motif_anct'),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mises_en_relation_unique').on(t.structureId, t.candidatId),
    index('mises_en_relation_candidat_idx').on(t.candidatId, t.statut),
    index('mises_en_relation_structure_idx').on(t.structureId, t.statut),
    // Held posts (quota rule, progress figures) are read far more often than they change.
    index('mises_en_relation_occupants_idx')
      .on(t.structureId)
      .where(sql`${t.statut} in ('a_confirmer', 'recrutee', 'renvoyee', 'validee', 'en_poste')`),
  ],
);

/** The employment contract of a recruitment; its termination frees the post. */
export const contrats = pgTable(
  'contrats',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    miseEnRelationId: uuid('mise_en_relation_id')
      .notNull()
      .references(() => misesEnRelation.id),
    type: text('type').notNull(),
    dateDebut: date('date_debut', { mode: 'string' }).notNull(),
    /** null for a CDI. */
    dateFin: date('date_fin', { mode: 'string' }),
    heuresHebdo: real('heures_hebdo').notNull(),
    motifRupture: text('motif_rupture'),
    dateRupture: date('date_rupture', { mode: 'string' }),
    creeLe: timestamp('cree_le', { withTimezone: true }).notNull().defaultNow(),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contrats_mise_en_relation_unique').on(t.miseEnRelationId)],
);

/** The certifying training of a recruited adviser. */
export const formations = pgTable(
  'formations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    miseEnRelationId: uuid('mise_en_relation_id')
      .notNull()
      .references(() => misesEnRelation.id),
    organisme: text('organisme').notNull(),
    dateDebut: date('date_debut', { mode: 'string' }).notNull(),
    dateFin: date('date_fin', { mode: 'string' }),
    certification: text('certification').notNull().default('en_cours'),
    modifieLe: timestamp('modifie_le', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('formations_mise_en_relation_unique').on(t.miseEnRelationId)],
);
