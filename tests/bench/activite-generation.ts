/**
 * Fills a database with national-scale activity for the benchmark: structures in every département,
 * conseillers, then the demo generator's rows (same distributions as the demo) written in large
 * `unnest` batches. Secondary indexes are dropped during the load and rebuilt after (timed apart), foreign-key
 * triggers are off during the load.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { lignes } from '../../src/db/sql.ts';
import { ecrireLots } from '../../src/features/activite/demo/ecrire-lots.ts';
import {
  type BlocGenere,
  type ConseillerGenere,
  genererConseiller,
  uuidAlea,
} from '../../src/features/activite/demo/generateur.ts';
import { prng } from '../../src/features/lieux/index.ts';

/** Two calendar years: the benchmark's query shapes use the second one. */
export const PERIODE = { du: '2023-01-01', au: '2024-12-31', annee: 2024 };
const TABLES = ['beneficiaires', 'activites', 'accompagnements'];

export interface BilanGeneration {
  conseillers: number;
  structures: number;
  activites: number;
  accompagnements: number;
  beneficiaires: number;
  generationS: number;
  indexS: number;
}

async function populations(db: Db, r: () => number, nbConseillers: number) {
  const communes = await lignes<{ code: string; dep: string }>(
    db,
    sql`select code, departement_code as dep from communes order by code`,
  );
  const parDep = new Map<string, string[]>();
  for (const c of communes) parDep.set(c.dep, [...(parDep.get(c.dep) ?? []), c.code]);
  const deps = [...parDep.keys()];
  const conseillers: ConseillerGenere[] = [];
  const structures: {
    id: string;
    nom: string;
    type: string;
    departement_code: string;
    commune_code: string;
  }[] = [];
  while (conseillers.length < nbConseillers) {
    const dep = deps[Math.floor(r() * deps.length)]!;
    const liste = parDep.get(dep)!;
    const commune = liste[Math.floor(r() * liste.length)]!;
    const s = { id: uuidAlea(r), nom: `Structure banc ${structures.length}`, type: 'COMMUNE' };
    structures.push({ ...s, departement_code: dep, commune_code: commune });
    // Places have no foreign key from activities: ids that stand for the structure's places.
    const lieux = Array.from({ length: 1 + Math.floor(r() * 2) }, () => ({
      id: uuidAlea(r),
      codeInsee: commune,
      departementCode: dep,
    }));
    const n = 1 + Math.floor(r() * r() * 6);
    for (let i = 0; i < n; i++)
      conseillers.push({
        conseillerId: uuidAlea(r),
        structureId: s.id,
        departementCode: dep,
        communeInsee: commune,
        lieux,
        intensite: 0.4 + r() * 0.6,
      });
  }
  return { conseillers, structures };
}

async function insererReferences(
  db: Db,
  structures: Awaited<ReturnType<typeof populations>>['structures'],
  conseillers: ConseillerGenere[],
) {
  for (let i = 0; i < structures.length; i += 5000) {
    const lot = structures.slice(i, i + 5000);
    await db.execute(sql`insert into structures (id, nom, type, departement_code, commune_code)
      select * from unnest(${sql.param(lot.map((s) => s.id))}::uuid[], ${sql.param(lot.map((s) => s.nom))}::text[],
        ${sql.param(lot.map((s) => s.type))}::text[], ${sql.param(lot.map((s) => s.departement_code))}::text[],
        ${sql.param(lot.map((s) => s.commune_code))}::text[])`);
  }
  for (let i = 0; i < conseillers.length; i += 5000) {
    const lot = conseillers.slice(i, i + 5000);
    await db.execute(sql`insert into utilisateurs (id, email, prenom, nom)
      select id, 'banc-' || id || '@exemple.invalid', 'Conseiller', 'Banc'
      from unnest(${sql.param(lot.map((c) => c.conseillerId))}::uuid[]) as u(id)`);
  }
}

/** Generates about `cible` accompaniments (whole conseillers: a few more). */
export async function generer(
  db: Db,
  cible: number,
  journal: (m: string) => void,
  parallele = false,
): Promise<BilanGeneration> {
  const t0 = performance.now();
  const r = prng(20_240_101);
  // About 2,000 accompaniments per conseiller over two years at the average intensity.
  const { conseillers, structures } = await populations(db, r, Math.max(5, Math.ceil(cible / 1800)));
  await insererReferences(db, structures, conseillers);
  const index = await lignes<{ nom: string; def: string }>(
    db,
    sql`select indexname as nom, indexdef as def from pg_indexes
      where tablename in ('beneficiaires', 'activites', 'accompagnements') and indexname not like '%_pkey'`,
  );
  for (const i of index) await db.execute(sql.raw(`drop index ${i.nom}`));
  // Foreign-key triggers off during the load (the rows are consistent by construction: the generator's
  // integration test proves them equal to the use case's); not re-checked when switched back on.
  for (const t of TABLES) await db.execute(sql.raw(`alter table ${t} disable trigger all`));
  const bilan = { activites: 0, accompagnements: 0, beneficiaires: 0 };
  let tampon: BlocGenere[] = [];
  let enTampon = 0;
  let utilises = 0;
  // PostgreSQL writes one batch while the next is generated (two connections); PGlite is one process.
  const enVol: Promise<void>[] = [];
  const maxEnVol = parallele ? 2 : 1;
  const vider = async () => {
    const lot = tampon;
    tampon = [];
    enTampon = 0;
    while (enVol.length >= maxEnVol) await enVol.shift();
    enVol.push(ecrireLots(db, lot));
  };
  for (const c of conseillers) {
    if (bilan.accompagnements >= cible) break;
    const b = genererConseiller(c, { ...PERIODE, graine: 11, source: 'generation', identites: false });
    utilises++;
    tampon.push(b);
    enTampon += b.accompagnements.length;
    bilan.activites += b.activites.length;
    bilan.accompagnements += b.accompagnements.length;
    bilan.beneficiaires += b.beneficiaires.length;
    if (enTampon >= 50_000) {
      await vider();
      const s = (performance.now() - t0) / 1000;
      if (bilan.accompagnements % 1_000_000 < 50_000 || cible <= 1_000_000)
        journal(
          `  … ${bilan.accompagnements.toLocaleString('fr-FR')} accompagnements en ${s.toFixed(0)} s ` +
            `(${Math.round(bilan.accompagnements / s).toLocaleString('fr-FR')}/s)`,
        );
    }
  }
  await vider();
  await Promise.all(enVol);
  for (const t of TABLES) await db.execute(sql.raw(`alter table ${t} enable trigger all`));
  const generationS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  for (const i of index) await db.execute(sql.raw(i.def));
  for (const t of TABLES) await db.execute(sql.raw(`analyze ${t}`));
  return {
    conseillers: utilises,
    structures: structures.length,
    ...bilan,
    generationS,
    indexS: (performance.now() - t1) / 1000,
  };
}
