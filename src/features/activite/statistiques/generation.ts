import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accompagnements, activites, beneficiaires } from '../../../db/schema/index.ts';
import {
  codes,
  GENRES,
  MATERIELS,
  ORIENTATIONS,
  STATUTS_SOCIAUX,
  THEMATIQUES_ADMINISTRATIVES,
  THEMATIQUES_NUMERIQUES,
  TRANCHES_AGE,
  TYPES_LIEU,
  VERSION_THEMATIQUES,
} from '../domain/vocabulaire.ts';

/** A small deterministic pseudo-random generator (mulberry32). */
export function aleatoire(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Auteur {
  structureId: string;
  conseillerId: string;
  departementCode: string;
}

export interface OptionsGeneration {
  auteurs: Auteur[];
  activites: number;
  /** Beneficiaries per author (people come back). */
  beneficiairesParAuteur: number;
  /** First day (YYYY-MM-DD) and number of days covered. */
  debut: string;
  jours: number;
  graine: number;
  /** Other départements an activity may take place in (a commune elsewhere), or null. */
  autresDepartements?: (string | null)[];
}

/**
 * Writes generated raw rows directly (source 'generation'), without the summary tables: follow with
 * `recalculerCompteurs`. Deterministic for a seed; `premier_accompagnement` set as the recording would.
 */
export async function genererActivites(db: Db, o: OptionsGeneration): Promise<{ accompagnements: number }> {
  const r = aleatoire(o.graine);
  const choisir = <T>(l: readonly T[]): T => l[Math.floor(r() * l.length)]!;
  const quelques = <T>(l: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(r() * max);
    return [...new Set(Array.from({ length: n }, () => choisir(l)))];
  };
  const pool = o.auteurs.map((a) =>
    Array.from({ length: o.beneficiairesParAuteur }, () => ({
      id: crypto.randomUUID(),
      conseillerId: a.conseillerId,
      structureId: a.structureId,
      anonyme: r() < 0.4,
      genre: choisir(codes(GENRES)),
      trancheAge: choisir(codes(TRANCHES_AGE)),
      statutSocial: choisir(codes(STATUTS_SOCIAUX)),
    })),
  );
  for (const p of pool) await db.insert(beneficiaires).values(p);
  const debut = new Date(`${o.debut}T00:00:00Z`).getTime();
  const lignesAct: (typeof activites.$inferInsert)[] = [];
  const lignesAcc: (typeof accompagnements.$inferInsert)[] = [];
  for (let i = 0; i < o.activites; i++) {
    const k = Math.floor(r() * o.auteurs.length);
    const auteur = o.auteurs[k]!;
    const collectif = r() < 0.2;
    const date = new Date(debut + Math.floor(r() * o.jours) * 86_400_000).toISOString().slice(0, 10);
    const ailleurs = o.autresDepartements && r() < 0.15 ? choisir(o.autresDepartements) : undefined;
    const departementCode = ailleurs === undefined ? auteur.departementCode : ailleurs;
    const id = crypto.randomUUID();
    const type = collectif ? 'collectif' : 'individuel';
    lignesAct.push({
      id,
      type,
      structureId: auteur.structureId,
      conseillerId: auteur.conseillerId,
      date,
      dureeMinutes: 5 + Math.floor(r() * 200),
      typeLieu: choisir(codes(TYPES_LIEU)),
      communeInsee:
        departementCode && r() < 0.8
          ? `${departementCode}${String(1 + Math.floor(r() * 9)).padStart(3, '0')}`
          : null,
      departementCode,
      titre: collectif ? 'Atelier' : null,
      niveau: collectif ? 'debutant' : null,
      thematiquesNumeriques: quelques(codes(THEMATIQUES_NUMERIQUES).slice(0, 8), 3),
      thematiquesAdministratives: r() < 0.3 ? quelques(codes(THEMATIQUES_ADMINISTRATIVES), 2) : [],
      versionThematiques: VERSION_THEMATIQUES,
      materiel: quelques(codes(MATERIELS), 2),
      autonomie: collectif ? null : r() < 0.8 ? 'autonome' : 'partiellement_autonome',
      orientation: r() < 0.3 ? choisir(codes(ORIENTATIONS)) : null,
      source: 'generation',
    });
    const gens = collectif ? quelques(pool[k]!, 6) : [choisir(pool[k]!)];
    for (const b of gens)
      lignesAcc.push({
        activiteId: id,
        beneficiaireId: b.id,
        premierAccompagnement: false,
        date,
        type,
        structureId: auteur.structureId,
        conseillerId: auteur.conseillerId,
        departementCode,
      });
  }
  for (let i = 0; i < lignesAct.length; i += 500)
    await db.insert(activites).values(lignesAct.slice(i, i + 500));
  for (let i = 0; i < lignesAcc.length; i += 500)
    await db.insert(accompagnements).values(lignesAcc.slice(i, i + 500));
  // First accompaniment of each beneficiary that has none yet (earliest date, then id).
  await db.execute(sql`update accompagnements set premier_accompagnement = true where id in (
      select distinct on (beneficiaire_id) id from accompagnements
      where beneficiaire_id in (select beneficiaire_id from accompagnements group by beneficiaire_id
        having not bool_or(premier_accompagnement))
      order by beneficiaire_id, date, id)`);
  return { accompagnements: lignesAcc.length };
}
