/**
 * Places search benchmark (part of npm run bench:lieux): 30,000 generated places, near-search with
 * filters through HTTP (GET /api/v1/lieux) with autocannon on 127.0.0.1. The server runs in a child
 * process (in-memory PGlite, or DATABASE_URL) so that the load generator does not share its event loop.
 * Prints p50/p95 server time (Fastify's reply.elapsedTime), client latency and requests per second, and
 * for comparison the same searches in SQL (earthdistance + GiST) without HTTP.
 *
 * LIEUX=30000 DUREE=10 CONNEXIONS=10 node --import tsx tests/bench/lieux-recherche.ts
 */
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config/env.ts';
import { type Database, openDatabase, openMemoryDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { lieux } from '../../src/db/schema/index.ts';
import { genererLieu, idLieuGenere, prng } from '../../src/features/lieux/demo/generateur.ts';
import { VILLES, type Ville } from '../../src/features/lieux/demo/villes.ts';
import { analyserHoraires } from '../../src/features/lieux/domain/horaires.ts';
import { SERVICES } from '../../src/features/lieux/domain/standard/enumerations.ts';
import { lieuxApiRoutes } from '../../src/features/lieux/recherche/routes-api.tsx';
import { buildApp } from '../../src/platform/http/app.tsx';
import { buildRegistry } from '../../src/platform/module/registry.ts';
import { createMemoryMailer } from '../helpers/mailer.ts';

const NOMBRE = Number(process.env.LIEUX ?? 30_000);
const DUREE = Number(process.env.DUREE ?? 10);
const CONNEXIONS = Number(process.env.CONNEXIONS ?? 10);
const SERIE_BENCH = 9;

function centile(valeurs: number[], p: number): number {
  const tri = [...valeurs].sort((a, b) => a - b);
  return tri[Math.min(tri.length - 1, Math.floor((p / 100) * tri.length))] ?? 0;
}

/** Half the places around the demo towns (dense), half spread over metropolitan France. */
function villeAleatoire(r: () => number): Ville {
  if (r() < 0.5) return VILLES[Math.floor(r() * VILLES.length)]!;
  const v = VILLES[Math.floor(r() * VILLES.length)]!;
  const lat = 42.6 + r() * 8.3;
  const lon = -4.4 + r() * 12;
  return [v[0], v[1], v[2], lat, lon, 1] as const;
}

async function remplir(database: Database, maintenant: Date): Promise<void> {
  const r = prng(42);
  const analyses = new Map<string, ReturnType<typeof analyserHoraires>>();
  for (let i = 0; i < NOMBRE; i += 1000) {
    const lot = [];
    for (let n = i; n < Math.min(i + 1000, NOMBRE); n++) {
      const l = genererLieu(r, villeAleatoire(r), idLieuGenere(SERIE_BENCH, n), maintenant, {
        tauxPerime: 0.15,
      });
      const cle = `${l.departementCode}|${l.horaires}`;
      if (!analyses.has(cle)) analyses.set(cle, analyserHoraires(l.horaires, l));
      lot.push({ ...l, horairesAnalyse: analyses.get(cle) });
    }
    await database.db.insert(lieux).values(lot);
  }
}

/** Varied searches: a town or a random point, a radius, one or two filters, sometimes "open now". */
function requetes(
  n: number,
): { path: string; lat: number; lon: number; rayon: number; service: string; ouvert: boolean }[] {
  const r = prng(7);
  const out = [];
  for (let i = 0; i < n; i++) {
    const v = VILLES[Math.floor(r() * VILLES.length)]!;
    const lat = r() < 0.7 ? v[3] : 43 + r() * 7;
    const lon = r() < 0.7 ? v[4] : -1 + r() * 7;
    const rayon = [5, 10, 20, 20, 50][Math.floor(r() * 5)]!;
    const service = SERVICES[Math.floor(r() * 4)]!;
    const ouvert = r() < 0.3;
    const frais = r() < 0.3 ? '&frais=Gratuit' : '';
    out.push({
      path: `/api/v1/lieux?near=${lat.toFixed(4)},${lon.toFixed(4)}&radius_km=${rayon}&services=${encodeURIComponent(service)}${frais}${ouvert ? '&ouvert_maintenant=true' : ''}&limit=20`,
      lat,
      lon,
      rayon,
      service,
      ouvert,
    });
  }
  return out;
}

async function serveur(): Promise<void> {
  const database = process.env.DATABASE_URL
    ? await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '', role: 'bench', poolSize: 4 })
    : await openMemoryDatabase();
  await migrateDatabase(database);
  await database.db.execute(
    sql`delete from lieux where id::text like ${`00000000-${String(SERIE_BENCH).padStart(4, '0')}-%`}`,
  );
  const maintenant = new Date();
  const t0 = performance.now();
  await remplir(database, maintenant);
  const tRemplir = performance.now() - t0;
  const config = loadConfig({
    MODE: 'demo',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-')),
    LOG_LEVEL: 'silent',
    JOBS: 'off',
  });
  const app = await buildApp({
    config,
    db: database.db,
    engine: database.engine,
    mailer: createMemoryMailer(),
    now: () => new Date(),
    registry: buildRegistry([{ name: 'lieux-api', routes: [lieuxApiRoutes] }]),
  });
  const temps: number[] = [];
  app.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/api/v1/lieux?')) temps.push(reply.elapsedTime);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const t1 = performance.now();
  await app.inject({ url: '/api/v1/lieux?near=49.56,3.62&radius_km=20' });
  const tIndex = performance.now() - t1;
  temps.length = 0;
  process.send?.({
    type: 'pret',
    port: (app.server.address() as { port: number }).port,
    tRemplir,
    tIndex,
    moteur: database.engine,
  });

  process.on('message', async (m: { type: string }) => {
    if (m.type === 'temps') {
      process.send?.({
        type: 'temps',
        p50: centile(temps, 50),
        p95: centile(temps, 95),
        p99: centile(temps, 99),
        n: temps.length,
      });
      temps.length = 0;
    } else if (m.type === 'sql') {
      // The alternative: the same searches in SQL (GiST on ll_to_earth), one at a time, no HTTP.
      const mesures: number[] = [];
      for (const q of requetes(200)) {
        const t = performance.now();
        await database.db.execute(sql`
          select id, nom, earth_distance(ll_to_earth(${q.lat}, ${q.lon}), ll_to_earth(latitude, longitude)) as d
          from lieux
          where latitude is not null and fusionne_dans is null
            and earth_box(ll_to_earth(${q.lat}, ${q.lon}), ${q.rayon * 1000}) @> ll_to_earth(latitude, longitude)
            and earth_distance(ll_to_earth(${q.lat}, ${q.lon}), ll_to_earth(latitude, longitude)) <= ${q.rayon * 1000}
            and services @> array[${q.service}]::text[]
          order by d, id limit 20`);
        mesures.push(performance.now() - t);
      }
      process.send?.({ type: 'sql', p50: centile(mesures, 50), p95: centile(mesures, 95) });
    } else if (m.type === 'fin') {
      await app.close();
      await database.close();
      process.exit(0);
    }
  });
}

function attendre<T>(enfant: ReturnType<typeof fork>, type: string): Promise<T> {
  return new Promise((resolve) => {
    const ecoute = (m: { type: string } & T) => {
      if (m.type === type) {
        enfant.off('message', ecoute);
        resolve(m);
      }
    };
    enfant.on('message', ecoute);
  });
}

/** Runs the search benchmark and returns its figures (also printed). */
export async function benchRecherche(): Promise<{ p95ServeurMs: number; requetesParSeconde: number }> {
  const enfant = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, BENCH_LIEUX_ROLE: 'serveur' },
    execArgv: ['--import', 'tsx'],
  });
  console.log(`Recherche de lieux : ${NOMBRE.toLocaleString('fr-FR')} lieux générés…`);
  const pret = await attendre<{ port: number; tRemplir: number; tIndex: number; moteur: string }>(
    enfant,
    'pret',
  );
  console.log(
    `  base ${pret.moteur} remplie en ${(pret.tRemplir / 1000).toFixed(1)} s ; index en mémoire chargé à la première requête en ${pret.tIndex.toFixed(0)} ms`,
  );
  const resultat = await autocannon({
    url: `http://127.0.0.1:${pret.port}`,
    connections: CONNEXIONS,
    duration: DUREE,
    requests: requetes(500).map((q) => ({ method: 'GET', path: q.path })),
  });
  enfant.send({ type: 'temps' });
  const temps = await attendre<{ p50: number; p95: number; p99: number; n: number }>(enfant, 'temps');
  enfant.send({ type: 'sql' });
  const sqlTemps = await attendre<{ p50: number; p95: number }>(enfant, 'sql');
  enfant.send({ type: 'fin' });
  const erreurs = resultat.errors + resultat.non2xx;
  console.log(
    `  HTTP GET /api/v1/lieux?near=…&radius_km=…&services=…[&frais][&ouvert_maintenant] (${CONNEXIONS} connexions, ${DUREE} s)`,
  );
  console.log(
    `  temps serveur  p50 ${temps.p50.toFixed(2)} ms   p95 ${temps.p95.toFixed(2)} ms   p99 ${temps.p99.toFixed(2)} ms   (${temps.n} requêtes)`,
  );
  console.log(
    `  latence client p50 ${resultat.latency.p50} ms   p97,5 ${resultat.latency.p97_5} ms   p99 ${resultat.latency.p99} ms`,
  );
  console.log(`  débit          ${resultat.requests.average.toFixed(0)} requêtes/s   erreurs ${erreurs}`);
  console.log(
    `  pour comparaison, la même recherche en SQL (earthdistance + GiST, sans HTTP) : p50 ${sqlTemps.p50.toFixed(2)} ms   p95 ${sqlTemps.p95.toFixed(2)} ms`,
  );
  if (erreurs > 0) process.exitCode = 1;
  return { p95ServeurMs: temps.p95, requetesParSeconde: resultat.requests.average };
}

if (process.env.BENCH_LIEUX_ROLE === 'serveur') {
  await serveur();
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchRecherche();
}
