import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { communes, lieux, lieuxImports, lieuxProvenances } from '../../../db/schema/index.ts';
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

/** Communes serving these postal codes (one query for a whole file). */
export async function communesDesCodesPostaux(
  db: Db,
  codesPostaux: string[],
): Promise<Map<string, CommuneCandidate[]>> {
  const parCodePostal = new Map<string, CommuneCandidate[]>();
  if (codesPostaux.length === 0) return parCodePostal;
  const rows = await db
    .select({ code: communes.code, nomRecherche: communes.nomRecherche, codesPostaux: communes.codesPostaux })
    .from(communes)
    .where(sql`${communes.codesPostaux} && ${sql.param(codesPostaux)}::text[]`);
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
  if (noms.length === 0) return parNom;
  const rows = await db
    .select({
      nomRecherche: communes.nomRecherche,
      departementCode: communes.departementCode,
      codesPostaux: communes.codesPostaux,
    })
    .from(communes)
    .where(inArray(communes.nomRecherche, noms));
  for (const r of rows) {
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

/** Writes one batch of new and changed places with their provenance (call inside a transaction). */
export async function ecrireLot(
  tx: Db,
  source: string,
  creations: Creation[],
  misesAJour: MiseAJour[],
  now: Date,
): Promise<void> {
  if (creations.length > 0) {
    await tx
      .insert(lieux)
      .values(creations.map((c) => ({ id: c.id, ...c.valeurs, creeLe: now, modifieLe: now })));
    await tx.insert(lieuxProvenances).values(
      creations.map((c) => ({
        lieuId: c.id,
        lieuOrigineId: c.id,
        source,
        idSource: c.idSource,
        empreinte: c.empreinte,
        importeLe: now,
        donnees: c.donnees,
      })),
    );
  }
  for (const m of misesAJour) {
    await tx
      .update(lieux)
      .set({ ...m.valeurs, modifieLe: now })
      .where(eq(lieux.id, m.lieuId));
    await tx
      .update(lieuxProvenances)
      .set({ empreinte: m.empreinte, donnees: m.donnees, importeLe: now })
      .where(eq(lieuxProvenances.id, m.provenanceId));
  }
}

export async function enregistrerRapport(
  tx: Db,
  rapport: RapportImport,
  acteurId: string | null,
  now: Date,
): Promise<string> {
  const [row] = await tx
    .insert(lieuxImports)
    .values({
      source: rapport.source,
      format: rapport.format,
      fichier: rapport.fichier,
      simulation: rapport.simulation,
      lignes: rapport.lignes,
      crees: rapport.crees,
      modifies: rapport.modifies,
      inchanges: rapport.inchanges,
      rejetes: rapport.rejetes,
      rapport,
      acteurId,
      creeLe: now,
    })
    .returning({ id: lieuxImports.id });
  if (!row) throw new Error('rapport d’import non enregistré');
  return row.id;
}

export async function rapportParId(db: Db, id: string) {
  const [row] = await db.select().from(lieuxImports).where(eq(lieuxImports.id, id));
  return row ? { ...row, rapport: row.rapport as RapportImport } : null;
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
      creeLe: lieuxImports.creeLe,
    })
    .from(lieuxImports)
    .orderBy(sql`${lieuxImports.creeLe} desc`)
    .limit(limite);
}
