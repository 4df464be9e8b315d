/**
 * npm run bench:activite — activity statistics at national scale.
 *
 * On each engine: generates accompaniments with the demo generator (same distributions), rebuilds the
 * summary tables and checks them against the raw rows, then times every query shape of FORMES_REQUETE
 * (statistiques/domain/contrat.ts) with calculerStatistiques (summary tables) and statistiquesBrutes
 * (plain aggregation over the raw rows): p50/p95 per shape and the ratio raw / summary.
 *
 * Environment variables:
 *   BENCH_ACTIVITE_PG=10000000      accompaniments on PostgreSQL (a throwaway cluster, removed after;
 *                                   DATABASE_URL: an existing, empty database instead); 0: skip
 *   BENCH_ACTIVITE_PGLITE=500000    accompaniments on the embedded database (PGlite); 0: skip
 *   BENCH_ACTIVITE_RUNS=20          runs per shape at most with the summary tables…
 *   BENCH_ACTIVITE_RUNS_BRUTES=5    …and with the raw aggregation,
 *   BENCH_ACTIVITE_BUDGET_S=60      within this many seconds each (one run at least, after a warm-up)
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { lignes } from '../../src/db/sql.ts';
import { statistiquesBrutes } from '../../src/features/activite/statistiques/brutes.ts';
import { calculerStatistiques } from '../../src/features/activite/statistiques/calculer.ts';
import {
  FORMES_REQUETE,
  type PorteeStatistiques,
  type Statistiques,
} from '../../src/features/activite/statistiques/domain/contrat.ts';
import { chargerReferentielGeographique } from '../../src/features/territoires/chargement-referentiel.ts';
import { buildGoldenPglite } from '../helpers/golden.ts';
import { reconstruireCompteurs, verifierCompteurs } from './activite-compteurs.ts';
import { generer, PERIODE } from './activite-generation.ts';
import { demarrerPostgres } from './activite-pg.ts';

const nombre = (nom: string, defaut: number) => Number(process.env[nom] ?? defaut);
const TAILLE_PG = nombre('BENCH_ACTIVITE_PG', 10_000_000);
const TAILLE_PGLITE = nombre('BENCH_ACTIVITE_PGLITE', 500_000);
const RUNS = nombre('BENCH_ACTIVITE_RUNS', 20);
const RUNS_BRUTES = nombre('BENCH_ACTIVITE_RUNS_BRUTES', 5);
const BUDGET_MS = nombre('BENCH_ACTIVITE_BUDGET_S', 60) * 1000;

const log = (m: string) => console.log(m);
const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toLocaleString('fr-FR'));

function centile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function mesurer(fn: () => Promise<unknown>, runs: number, budgetMs: number): Promise<number[]> {
  await fn(); // warm-up: plans, caches
  const out: number[] = [];
  const debut = performance.now();
  while (out.length < runs && (out.length === 0 || performance.now() - debut < budgetMs)) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** The busiest structure, conseiller and département: the heaviest query of each scope. */
async function portees(database: Database): Promise<Record<string, PorteeStatistiques>> {
  const { db } = database;
  const [dep] = await lignes<{ d: string }>(
    db,
    sql`select departement_code as d from accompagnements group by 1 order by count(*) desc limit 1`,
  );
  const [str] = await lignes<{ s: string }>(
    db,
    sql`select structure_id::text as s from accompagnements group by 1 order by count(*) desc limit 1`,
  );
  const [cns] = await lignes<{ s: string; c: string }>(
    db,
    sql`select structure_id::text as s, conseiller_id::text as c from accompagnements
      group by 1, 2 order by count(*) desc limit 1`,
  );
  return {
    national: { niveau: 'national' },
    departement: { niveau: 'departement', departementCode: dep!.d },
    structure: { niveau: 'structure', structureId: str!.s },
    conseiller: { niveau: 'conseiller', structureId: cns!.s, conseillerId: cns!.c },
  };
}

interface Ligne {
  forme: string;
  compteurs: number[];
  brutes: number[];
  accord: boolean;
}

async function banc(moteur: 'postgres' | 'pglite', database: Database, taille: number): Promise<number> {
  const { db } = database;
  log(
    `\n=== ${moteur === 'postgres' ? 'PostgreSQL' : 'PGlite (base embarquée)'} : ${taille.toLocaleString('fr-FR')} accompagnements visés ===`,
  );
  const g = await generer(db, taille, log, moteur === 'postgres');
  log(
    `Génération : ${g.accompagnements.toLocaleString('fr-FR')} accompagnements, ${g.activites.toLocaleString('fr-FR')} activités, ` +
      `${g.beneficiaires.toLocaleString('fr-FR')} bénéficiaires, ${g.conseillers} conseillers, ${g.structures} structures ` +
      `en ${g.generationS.toFixed(1)} s (${Math.round(g.accompagnements / g.generationS).toLocaleString('fr-FR')} accompagnements/s), ` +
      `index reconstruits en ${g.indexS.toFixed(1)} s`,
  );
  const t0 = performance.now();
  await reconstruireCompteurs(db, (fait, total) => {
    if (fait % 6 === 0 || fait === total) log(`  … ${fait}/${total} mois`);
  });
  log(`Tables de synthèse reconstruites en ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const t1 = performance.now();
  const ecarts = await verifierCompteurs(db);
  log(
    ecarts === null
      ? 'Vérification des tables de synthèse : indisponible (pas encore de tables de synthèse)'
      : `Vérification des tables de synthèse (${((performance.now() - t1) / 1000).toFixed(1)} s) : ${ecarts === 0 ? 'aucune différence' : `${ecarts} différence(s)`}`,
  );
  const parPortee = await portees(database);
  const resultats: Ligne[] = [];
  for (const forme of FORMES_REQUETE) {
    const portee = parPortee[forme.portee]!;
    const filtres = forme.filtres(PERIODE.annee);
    let a: Statistiques | undefined;
    let b: Statistiques | undefined;
    const compteurs = await mesurer(
      async () => {
        a = await calculerStatistiques(db, portee, filtres);
      },
      RUNS,
      Number.POSITIVE_INFINITY,
    );
    const brutes = await mesurer(
      async () => {
        b = await statistiquesBrutes(db, portee, filtres);
      },
      RUNS_BRUTES,
      BUDGET_MS,
    );
    const accord = JSON.stringify(a) === JSON.stringify(b);
    resultats.push({ forme: forme.nom, compteurs, brutes, accord });
    log(
      `  ${forme.nom} : synthèse p95 ${ms(centile(compteurs, 95))} ms, brut p95 ${ms(centile(brutes, 95))} ms${accord ? '' : ' — RÉSULTATS DIFFÉRENTS'}`,
    );
  }
  const largeur = Math.max(...resultats.map((r) => r.forme.length), 5);
  const col = (s: string, n = 12) => s.padStart(n);
  log(
    `\n${'Forme'.padEnd(largeur)} ${col('synth. p50')} ${col('synth. p95')} ${col('brut p50')} ${col('brut p95')} ${col('rapport', 9)} ${col('mesures', 9)} accord`,
  );
  for (const r of resultats) {
    const rapport = centile(r.brutes, 50) / centile(r.compteurs, 50);
    log(
      `${r.forme.padEnd(largeur)} ${col(`${ms(centile(r.compteurs, 50))} ms`)} ${col(`${ms(centile(r.compteurs, 95))} ms`)} ` +
        `${col(`${ms(centile(r.brutes, 50))} ms`)} ${col(`${ms(centile(r.brutes, 95))} ms`)} ${col(`× ${rapport.toFixed(1)}`, 9)} ` +
        `${col(`${r.compteurs.length}/${r.brutes.length}`, 9)} ${r.accord ? 'oui' : 'NON'}`,
    );
  }
  const p95max = Math.max(...resultats.map((r) => centile(r.compteurs, 95)));
  const p95maxBrut = Math.max(...resultats.map((r) => centile(r.brutes, 95)));
  log(`(charge de la machine : ${os.loadavg()[0]!.toFixed(1)} ; rapport = brut p50 / synthèse p50)`);
  log(`${moteur} p95_max_ms=${p95max.toFixed(1)} (tables de synthèse ; brut : ${p95maxBrut.toFixed(1)})`);
  return (ecarts ?? 0) + resultats.filter((r) => !r.accord).length;
}

let problemes = 0;
if (TAILLE_PGLITE > 0) {
  const golden = await buildGoldenPglite();
  const database = await openDatabase({
    dataDir: '',
    role: 'bench',
    loadDataDir: new Blob([readFileSync(golden)]),
  });
  try {
    problemes += await banc('pglite', database, TAILLE_PGLITE);
  } finally {
    await database.close();
  }
}
if (TAILLE_PG > 0) {
  const cluster = process.env.DATABASE_URL ? null : await demarrerPostgres();
  try {
    const database = await openDatabase({
      databaseUrl: process.env.DATABASE_URL ?? cluster!.url,
      dataDir: '',
      role: 'bench',
      poolSize: 6,
    });
    try {
      await migrateDatabase(database);
      await chargerReferentielGeographique(database.db);
      problemes += await banc('postgres', database, TAILLE_PG);
    } finally {
      await database.close();
    }
  } finally {
    await cluster?.arreter();
  }
}
process.exit(problemes === 0 ? 0 : 1);
