import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { BlocGenere, LigneAccompagnement, LigneActivite, LigneBeneficiaire } from './generateur.ts';

/**
 * Writes generated rows in bulk: one `insert … select from unnest(arrays)` per table and per batch (one
 * parameter per column whatever the number of rows), on both engines. Beneficiaries first, then
 * activities, then accompaniments (foreign keys). No audit: this is generated data, not a person's act.
 */

const LOT = 5000;

type Colonne<T> = [nom: string, type: string, valeur: (l: T) => unknown];

/** A text[] column travels as the array's literal, cast back row by row (unnest flattens 2-D arrays). */
const litteral = (xs: string[]) => `{${xs.join(',')}}`;

const BENEFICIAIRES: Colonne<LigneBeneficiaire>[] = [
  ['id', 'uuid', (l) => l.id],
  ['conseiller_id', 'uuid', (l) => l.conseillerId],
  ['structure_id', 'uuid', (l) => l.structureId],
  ['anonyme', 'boolean', (l) => l.anonyme],
  ['prenom', 'text', (l) => l.prenom],
  ['nom', 'text', (l) => l.nom],
  ['telephone', 'text', (l) => l.telephone],
  ['courriel', 'text', (l) => l.courriel],
  ['annee_naissance', 'smallint', (l) => l.anneeNaissance],
  ['genre', 'text', (l) => l.genre],
  ['tranche_age', 'text', (l) => l.trancheAge],
  ['statut_social', 'text', (l) => l.statutSocial],
  ['commune_insee', 'text', (l) => l.communeInsee],
  ['consentement_le', 'timestamptz', (l) => l.consentementLe?.toISOString() ?? null],
  ['derniere_activite', 'date', (l) => l.derniereActivite],
  ['cree_le', 'timestamptz', (l) => l.creeLe.toISOString()],
  ['modifie_le', 'timestamptz', (l) => l.creeLe.toISOString()],
];

const ACTIVITES: Colonne<LigneActivite>[] = [
  ['id', 'uuid', (l) => l.id],
  ['type', 'text', (l) => l.type],
  ['structure_id', 'uuid', (l) => l.structureId],
  ['conseiller_id', 'uuid', (l) => l.conseillerId],
  ['date', 'date', (l) => l.date],
  ['duree_minutes', 'integer', (l) => l.dureeMinutes],
  ['type_lieu', 'text', (l) => l.typeLieu],
  ['lieu_id', 'uuid', (l) => l.lieuId],
  ['commune_insee', 'text', (l) => l.communeInsee],
  ['departement_code', 'text', (l) => l.departementCode],
  ['titre', 'text', (l) => l.titre],
  ['niveau', 'text', (l) => l.niveau],
  ['thematiques_numeriques', 'text[]', (l) => litteral(l.thematiquesNumeriques)],
  ['thematiques_administratives', 'text[]', (l) => litteral(l.thematiquesAdministratives)],
  ['version_thematiques', 'text', (l) => l.versionThematiques],
  ['materiel', 'text[]', (l) => litteral(l.materiel)],
  ['autonomie', 'text', (l) => l.autonomie],
  ['orientation', 'text', (l) => l.orientation],
  ['source', 'text', (l) => l.source],
  ['cree_par', 'uuid', (l) => l.creePar],
  ['cree_le', 'timestamptz', (l) => l.creeLe.toISOString()],
];

const ACCOMPAGNEMENTS: Colonne<LigneAccompagnement>[] = [
  ['id', 'uuid', (l) => l.id],
  ['activite_id', 'uuid', (l) => l.activiteId],
  ['beneficiaire_id', 'uuid', (l) => l.beneficiaireId],
  ['premier_accompagnement', 'boolean', (l) => l.premierAccompagnement],
  ['date', 'date', (l) => l.date],
  ['type', 'text', (l) => l.type],
  ['structure_id', 'uuid', (l) => l.structureId],
  ['conseiller_id', 'uuid', (l) => l.conseillerId],
  ['departement_code', 'text', (l) => l.departementCode],
];

function insertion<T>(table: string, colonnes: Colonne<T>[], lignes: readonly T[]): SQL {
  const noms = colonnes.map(([n]) => n).join(', ');
  const alias = colonnes.map((_, i) => `c${i}`);
  const tableaux = sql.join(
    colonnes.map(([, type, valeur]) => {
      const brut = type === 'text[]' ? 'text' : type;
      return sql`${sql.param(lignes.map(valeur))}::${sql.raw(brut)}[]`;
    }),
    sql`, `,
  );
  const choix = colonnes
    .map(([, type], i) => (type === 'text[]' ? `${alias[i]}::text[]` : alias[i]))
    .join(', ');
  return sql`insert into ${sql.raw(table)} (${sql.raw(noms)}) select ${sql.raw(choix)} from unnest(${tableaux}) as u(${sql.raw(alias.join(', '))})`;
}

async function enLots<T>(db: Db, table: string, colonnes: Colonne<T>[], lignes: readonly T[]): Promise<void> {
  for (let i = 0; i < lignes.length; i += LOT)
    await db.execute(insertion(table, colonnes, lignes.slice(i, i + LOT)));
}

/** Writes blocks of generated rows (pass a transaction to write them all or nothing). */
export async function ecrireLots(db: Db, blocs: readonly BlocGenere[]): Promise<void> {
  await enLots(
    db,
    'beneficiaires',
    BENEFICIAIRES,
    blocs.flatMap((b) => b.beneficiaires),
  );
  await enLots(
    db,
    'activites',
    ACTIVITES,
    blocs.flatMap((b) => b.activites),
  );
  await enLots(
    db,
    'accompagnements',
    ACCOMPAGNEMENTS,
    blocs.flatMap((b) => b.accompagnements),
  );
}
