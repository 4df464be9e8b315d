/**
 * npm run bench:http — the real server (`node --import tsx src/main.ts`, demo mode, embedded database in a
 * temporary DATA_DIR, 127.0.0.1 on a free port) under autocannon: the home page and the commune search.
 * Prints requests per second and latency percentiles per target, then stops the server.
 * DURATION (s, default 10) and CONNECTIONS (default 10) bound the load.
 */
import type { EventEmitter } from 'node:events';
import { rmSync } from 'node:fs';
import autocannon, { type Resultat } from 'autocannon';
import { startServer, tempDataDir } from '../support/serveur.ts';

const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const CIBLES = [
  { nom: 'Accueil (page HTML)', chemin: '/' },
  { nom: 'Communes « saint etienne »', chemin: '/api/v1/communes?q=saint%20etienne' },
  { nom: 'Communes « laon »', chemin: '/api/v1/communes?q=laon' },
];

function centile(tri: number[], p: number): number {
  return tri[Math.min(tri.length - 1, Math.ceil((p / 100) * tri.length) - 1)] ?? Number.NaN;
}

/** One autocannon run; every response time is kept to compute exact percentiles (p95 included). */
async function charger(url: string, duration: number) {
  const latences: number[] = [];
  const run = autocannon({ url, connections: CONNECTIONS, duration }) as unknown as Promise<Resultat> &
    EventEmitter;
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latences.push(ms));
  const resultat = await run;
  latences.sort((a, b) => a - b);
  return { resultat, latences };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

const dataDir = tempDataDir('maillage-bench-');
const debut = Date.now();
console.log(`Démarrage du serveur (base embarquée neuve dans ${dataDir})…`);
const server = await startServer(dataDir, { timeoutMs: 600_000 });
console.log(`Serveur prêt en ${Math.round((Date.now() - debut) / 1000)} s sur ${server.url}.`);
let code = 0;
try {
  // Sanity: each target answers 200 before being measured.
  for (const c of CIBLES) {
    const res = await fetch(`${server.url}${c.chemin}`);
    if (res.status !== 200) throw new Error(`${c.chemin} répond ${res.status}`);
  }
  const lignes: Record<string, string | number>[] = [];
  for (const c of CIBLES) {
    process.stdout.write(`${c.nom} : échauffement 2 s, mesure ${DURATION} s, ${CONNECTIONS} connexions…\n`);
    await charger(`${server.url}${c.chemin}`, 2);
    const { resultat, latences } = await charger(`${server.url}${c.chemin}`, DURATION);
    if (resultat.errors || resultat.timeouts || resultat.non2xx) code = 1;
    lignes.push({
      cible: c.nom,
      'requêtes/s': Math.round(resultat.requests.average),
      total: resultat.requests.total,
      p50: ms(centile(latences, 50)),
      p95: ms(centile(latences, 95)),
      p99: ms(centile(latences, 99)),
      max: ms(latences.at(-1) ?? Number.NaN),
      'erreurs/non-2xx': resultat.errors + resultat.timeouts + resultat.non2xx,
    });
  }
  console.log(`\nMaillage — ${CONNECTIONS} connexions, ${DURATION} s par cible, Node ${process.version}`);
  console.table(lignes);
  if (code) console.error('Des requêtes ont échoué pendant la mesure (voir la dernière colonne).');
} catch (error) {
  console.error('Banc interrompu :', error);
  code = 1;
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
