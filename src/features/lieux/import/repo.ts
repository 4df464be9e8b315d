import { randomUUID } from 'node:crypto';
import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { lieux, lieuxImports, lieuxProvenances, type StatutImportLieux } from '../../../db/schema/index.ts';
import {
  communesParNomsRecherche,
  communesDesCodesPostaux as communesServantCodesPostaux,
} from '../../territoires/index.ts';
import type { RapportImport } from './rapport.ts';
import type { CommuneCandidate, CommuneNommee } from './territoire.ts';

export interface ProvenanceConnue {
  id: string;
  idSource: string;
  lieuOrigineId: string;
  empreinte: string;
}

/** Provenances already recorded for these ids of one source. */
export async function provenancesConnues(
  db: Db,
  source: string,
  ids: string[],
): Promise<Map<string, ProvenanceConnue>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: lieuxProvenances.id,
      idSource: lieuxProvenances.idSource,
      lieuOrigineId: lieuxProvenances.lieuOrigineId,
      empreinte: lieuxProvenances.empreinte,
    })
    .from(lieuxProvenances)
    .where(and(eq(lieuxProvenances.source, source), inArray(lieuxProvenances.idSource, ids)));
  return new Map(rows.map((r) => [r.idSource, r]));
}

/** Does the registry hold places from another source (or entered in Maillage, without provenance)? */
export async function autresSourcesPresentes(db: Db, source: string): Promise<boolean> {
  const r = await db.execute(sql`
    select exists (select 1 from lieux_provenances where source <> ${source})
        or exists (select 1 from lieux l where not exists (select 1 from lieux_provenances p where p.lieu_id = l.id))
       as present
  `);
  return Boolean((r as unknown as { rows: { present: boolean }[] }).rows[0]?.present);
}

/** Communes serving these postal codes (one query for a whole file). */
export async function communesDesCodesPostaux(
  db: Db,
  codesPostaux: string[],
): Promise<Map<string, CommuneCandidate[]>> {
  const parCodePostal = new Map<string, CommuneCandidate[]>();
  const rows = await communesServantCodesPostaux(db, codesPostaux);
  const voulus = new Set(codesPostaux);
  for (const r of rows) {
    for (const cp of r.codesPostaux) {
      if (!voulus.has(cp)) continue;
      const liste = parCodePostal.get(cp) ?? [];
      liste.push({ code: r.code, nomRecherche: r.nomRecherche });
      parCodePostal.set(cp, liste);
    }
  }
  return parCodePostal;
}

/** Communes by normalised name (several communes may share a name). */
export async function communesParNoms(db: Db, noms: string[]): Promise<Map<string, CommuneNommee[]>> {
  const parNom = new Map<string, CommuneNommee[]>();
  for (const r of await communesParNomsRecherche(db, noms)) {
    const liste = parNom.get(r.nomRecherche) ?? [];
    liste.push({ departementCode: r.departementCode, codesPostaux: r.codesPostaux });
    parNom.set(r.nomRecherche, liste);
  }
  return parNom;
}

export type ValeursLieu = Omit<typeof lieux.$inferInsert, 'id' | 'creeLe' | 'modifieLe'>;

export interface Creation {
  id: string;
  valeurs: ValeursLieu;
  idSource: string;
  empreinte: string;
  donnees: Record<string, unknown>;
}

export interface MiseAJour {
  provenanceId: string;
  lieuId: string;
  valeurs: ValeursLieu;
  empreinte: string;
  donnees: Record<string, unknown>;
}

/** Drizzle values keyed by column property → a JSON row keyed by SQL column name. */
function enLigneSql(table: PgTable, valeurs: Record<string, unknown>): Record<string, unknown> {
  const colonnes = getTableColumns(table) as Record<string, { name: string }>;
  const ligne: Record<string, unknown> = {};
  for (const [cle, valeur] of Object.entries(valeurs)) {
    const colonne = colonnes[cle];
    if (!colonne) throw new Error(`colonne inconnue : ${cle}`);
    ligne[colonne.name] = valeur instanceof Date ? valeur.toISOString() : valeur;
  }
  return ligne;
}

function nomsColonnes(lignes: Record<string, unknown>[]) {
  return sql.raw(
    Object.keys(lignes[0] ?? {})
      .map((c) => `"${c}"`)
      .join(', '),
  );
}

/**
 * Inserts rows in one statement with a single JSON parameter (jsonb_populate_recordset): about three
 * times faster than a multi-row VALUES with one parameter per cell, and no 65,535-parameter limit.
 */
async function insererJson(tx: Db, table: 'lieux' | 'lieux_provenances', lignes: Record<string, unknown>[]) {
  if (lignes.length === 0) return;
  const colonnes = nomsColonnes(lignes);
  await tx.execute(sql`
    insert into ${sql.identifier(table)} (${colonnes})
    select ${colonnes} from jsonb_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(lignes)}::jsonb)
  `);
}

/** Writes one batch of new and changed places with their provenance (call inside a transaction). */
export async function ecrireLot(
  tx: Db,
  source: string,
  creations: Creation[],
  misesAJour: MiseAJour[],
  now: Date,
  importId: string | null = null,
): Promise<void> {
  await insererJson(
    tx,
    'lieux',
    creations.map((c) => enLigneSql(lieux, { id: c.id, ...c.valeurs, creeLe: now, modifieLe: now })),
  );
  await insererJson(
    tx,
    'lieux_provenances',
    creations.map((c) =>
      enLigneSql(lieuxProvenances, {
        id: randomUUID(),
        lieuId: c.id,
        lieuOrigineId: c.id,
        source,
        idSource: c.idSource,
        empreinte: c.empreinte,
        importeLe: now,
        importId,
        donnees: c.donnees,
      }),
    ),
  );
  if (misesAJour.length === 0) return;
  const lignes = misesAJour.map((m) => enLigneSql(lieux, { id: m.lieuId, ...m.valeurs, modifieLe: now }));
  const affectations = sql.raw(
    Object.keys(lignes[0] ?? {})
      .filter((c) => c !== 'id')
      .map((c) => `"${c}" = r."${c}"`)
      .join(', '),
  );
  await tx.execute(sql`
    update lieux l set ${affectations}
    from jsonb_populate_recordset(null::lieux, ${JSON.stringify(lignes)}::jsonb) r
    where l.id = r.id
  `);
  const provenances = misesAJour.map((m) => ({
    id: m.provenanceId,
    empreinte: m.empreinte,
    donnees: m.donnees,
    importe_le: now.toISOString(),
  }));
  await tx.execute(sql`
    update lieux_provenances p set empreinte = r.empreinte, donnees = r.donnees, importe_le = r.importe_le
    from jsonb_populate_recordset(null::lieux_provenances, ${JSON.stringify(provenances)}::jsonb) r
    where p.id = r.id
  `);
}

/** The import's record once it has run: a new row (CLI, tests), or the row written when it was asked. */
export async function enregistrerRapport(
  tx: Db,
  rapport: RapportImport,
  acteurId: string | null,
  now: Date,
  importId?: string,
): Promise<string> {
  const valeurs = {
    source: rapport.source,
    format: rapport.format,
    fichier: rapport.fichier,
    simulation: rapport.simulation,
    statut: 'termine' as const,
    lignes: rapport.lignes,
    crees: rapport.crees,
    modifies: rapport.modifies,
    inchanges: rapport.inchanges,
    rejetes: rapport.rejetes,
    rapport,
  };
  if (importId) {
    await tx.update(lieuxImports).set(valeurs).where(eq(lieuxImports.id, importId));
    return importId;
  }
  const [row] = await tx
    .insert(lieuxImports)
    .values({ ...valeurs, acteurId, creeLe: now })
    .returning({ id: lieuxImports.id });
  if (!row) throw new Error('rapport d’import non enregistré');
  return row.id;
}

/** The record of an import asked on the page, before it runs (its task has the file). */
export async function creerImportEnAttente(
  tx: Db,
  d: {
    /** Given when the file was stored first under this id. */
    id?: string;
    source: string;
    format: string;
    fichier: string;
    simulation: boolean;
    acteurId: string;
    now: Date;
  },
): Promise<string> {
  const [row] = await tx
    .insert(lieuxImports)
    .values({
      ...(d.id ? { id: d.id } : {}),
      source: d.source,
      format: d.format,
      fichier: d.fichier,
      simulation: d.simulation,
      statut: 'en_attente',
      acteurId: d.acteurId,
      creeLe: d.now,
    })
    .returning({ id: lieuxImports.id });
  return row!.id;
}

export async function changerStatutImport(
  db: Db,
  id: string,
  valeurs: { statut: StatutImportLieux; tacheId?: string },
): Promise<void> {
  await db.update(lieuxImports).set(valeurs).where(eq(lieuxImports.id, id));
}

export async function rapportParId(db: Db, id: string) {
  const [row] = await db.select().from(lieuxImports).where(eq(lieuxImports.id, id));
  return row ? { ...row, rapport: row.rapport as RapportImport | null } : null;
}

export async function derniersImports(db: Db, limite: number) {
  return db
    .select({
      id: lieuxImports.id,
      source: lieuxImports.source,
      format: lieuxImports.format,
      fichier: lieuxImports.fichier,
      simulation: lieuxImports.simulation,
      lignes: lieuxImports.lignes,
      crees: lieuxImports.crees,
      modifies: lieuxImports.modifies,
      inchanges: lieuxImports.inchanges,
      rejetes: lieuxImports.rejetes,
      statut: lieuxImports.statut,
      creeLe: lieuxImports.creeLe,
    })
    .from(lieuxImports)
    .orderBy(sql`${lieuxImports.creeLe} desc`)
    .limit(limite);
}
