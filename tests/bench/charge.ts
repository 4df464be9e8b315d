/**
 * npm run bench:charge — mixed journeys on the real server (`src/main.ts`, demo data): the public search
 * page, a place's page, the login page, an ANCT agent's page and an API client's near search, all at
 * once, at 50 then 200 connections; then the same load again while a 20,000-row place import runs in the
 * background worker (issue 9). Prints req/s, p50/p99 and errors per target, and the server's memory
 * before and after. Goals: 0 errors, API p99 ≤ 200 ms, pages p99 ≤ 500 ms.
 * DUREE (s, default 60) bounds each measure; NIVEAUX (default "50,200") the connection counts;
 * BENCH_DATABASE_URL runs the server on that (empty) PostgreSQL database instead of the embedded one.
 */
import type { EventEmitter } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import autocannon, { type Resultat } from 'autocannon';
import { csvStandard, lignesGenerees } from '../fixtures/lieux/standard.ts';
import { Navigateur } from '../support/http.ts';
import { startServer, tempDataDir } from '../support/serveur.ts';

const DUREE = Number(process.env.DUREE ?? 60);
const NIVEAUX = (process.env.NIVEAUX ?? '50,200').split(',').map(Number);

interface Cible {
  nom: string;
  chemin: string;
  page: boolean;
  cookie?: string;
  /** Share of the connections (the public search gets the most). */
  part: number;
}

function centile(tri: number[], p: number): number {
  return tri[Math.min(tri.length - 1, Math.ceil((p / 100) * tri.length) - 1)] ?? Number.NaN;
}

function memoireMo(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Math.round(Number(m[1]) / 1024) : Number.NaN;
}

/** What went wrong: connection errors, timeouts, and each non-2xx status with its count. */
function detailErreurs(r: Resultat): string {
  const parts: string[] = [];
  if (r.errors) parts.push(`${r.errors} erreurs de connexion`);
  if (r.timeouts) parts.push(`${r.timeouts} délais dépassés`);
  for (const [statut, { count }] of Object.entries(r.statusCodeStats ?? {}))
    if (!statut.startsWith('2')) parts.push(`${count} × HTTP ${statut}`);
  return parts.join(', ') || '—';
}

async function mesurer(url: string, cibles: Cible[], connexions: number) {
  const runs = cibles.map((c) => {
    const latences: number[] = [];
    const run = autocannon({
      url: `${url}${c.chemin}`,
      connections: Math.max(1, Math.round(connexions * c.part)),
      duration: DUREE,
      headers: c.cookie ? { cookie: c.cookie } : {},
    }) as unknown as Promise<Resultat> & EventEmitter;
    run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latences.push(ms));
    return run.then((resultat) => ({ c, resultat, latences: latences.sort((a, b) => a - b) }));
  });
  return Promise.all(runs);
}

async function demanderImport(nav: Navigateur, lignes: number): Promise<string> {
  const page = await (await nav.get('/admin/lieux/import')).text();
  const csrf = page.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  const corps = new FormData();
  corps.set('_csrf', csrf);
  corps.set('source', `charge-${Date.now()}`);
  corps.set('format', 'v1');
  corps.set('fichier', new Blob([csvStandard(lignesGenerees(lignes, 'charge'))]), 'charge.csv');
  const res = await fetch(`${nav.base}/admin/lieux/import`, {
    method: 'POST',
    headers: { cookie: nav.header() },
    body: corps,
    redirect: 'manual',
  });
  if (res.status !== 303) throw new Error(`import refusé (${res.status})`);
  return res.headers.get('location') ?? '';
}

/** Waits until the server has drained the previous load (abandoned requests still run: issue 9, point 7). */
async function attendreRepos(url: string): Promise<void> {
  const debut = Date.now();
  for (;;) {
    const t0 = performance.now();
    const ok = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && performance.now() - t0 < 100) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const attente = Date.now() - debut;
  if (attente > 1_000) console.log(`(serveur revenu au repos en ${(attente / 1000).toFixed(1)} s)`);
}

const dataDir = tempDataDir('maillage-charge-');
const env: Record<string, string> = { LIMITE_CONNEXIONS_IP: '100000' };
if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
console.log(`Démarrage du serveur (${env.DATABASE_URL ? 'PostgreSQL' : 'base embarquée'})…`);
const serveur = await startServer(dataDir, { timeoutMs: 600_000, env });
let code = 0;
try {
  const anct = new Navigateur(serveur.url);
  await anct.login('anct@demo.maillage.fr', 'Maillage-demo-2021');
  const premier = (await (
    await fetch(`${serveur.url}/api/v1/lieux?near=49.5641,3.6199&radius_km=20`)
  ).json()) as {
    data: { id: string }[];
  };
  const idLieu = premier.data[0]?.id;
  if (!idLieu) throw new Error('aucun lieu de démonstration');
  const cibles: Cible[] = [
    { nom: 'Recherche publique (page)', chemin: '/lieux?q=Laon&distance=20', page: true, part: 0.3 },
    { nom: 'Fiche d’un lieu (page)', chemin: `/lieux/${idLieu}`, page: true, part: 0.2 },
    { nom: 'Connexion (page)', chemin: '/connexion', page: true, part: 0.1 },
    {
      nom: 'Agent ANCT : imports (page)',
      chemin: '/admin/lieux/import',
      page: true,
      cookie: anct.header(),
      part: 0.1,
    },
    {
      nom: 'API : lieux à 20 km',
      chemin: '/api/v1/lieux?near=49.5641,3.6199&radius_km=20',
      page: false,
      part: 0.3,
    },
  ];
  for (const c of cibles) {
    const r = await fetch(`${serveur.url}${c.chemin}`, { headers: c.cookie ? { cookie: c.cookie } : {} });
    if (r.status !== 200) throw new Error(`${c.chemin} répond ${r.status}`);
  }
  for (const pendantImport of [false, true]) {
    for (const n of NIVEAUX) {
      await attendreRepos(serveur.url);
      const suivi = pendantImport ? await demanderImport(anct, 20_000) : null;
      const avant = memoireMo(serveur.child.pid);
      console.log(
        `\n${n} connexions, ${DUREE} s${pendantImport ? ', pendant un import de 20 000 lignes' : ''}…`,
      );
      const resultats = await mesurer(serveur.url, cibles, n);
      const apres = memoireMo(serveur.child.pid);
      const lignes = resultats.map(({ c, resultat, latences }) => {
        const erreurs = resultat.errors + resultat.timeouts + resultat.non2xx;
        const p99 = centile(latences, 99);
        const objectif = c.page ? 500 : 200;
        if (erreurs > 0 || p99 > objectif) code = 1;
        return {
          cible: c.nom,
          'req/s': Math.round(resultat.requests.average),
          p50: `${centile(latences, 50).toFixed(0)} ms`,
          p99: `${p99.toFixed(0)} ms`,
          objectif: `≤ ${objectif} ms`,
          erreurs,
          détail: detailErreurs(resultat),
        };
      });
      console.table(lignes);
      let etatImport = '';
      if (suivi) {
        const e = (await (await anct.get(`${suivi}/etat`)).json()) as {
          statut: string;
          fait: number;
          total: number | null;
        };
        etatImport = `, import : ${e.statut} (${e.fait}/${e.total ?? '?'})`;
      }
      console.log(`Mémoire du serveur : ${avant} Mo avant, ${apres} Mo après${etatImport}.`);
      if (suivi) {
        // Let the import finish before the next level.
        for (let i = 0; i < 600; i++) {
          const e = (await (await anct.get(`${suivi}/etat`)).json()) as { fini: boolean };
          if (e.fini) break;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    }
  }
  if (code)
    console.error('\nUn objectif n’est pas tenu (erreurs ou p99 au-delà de l’objectif) : voir les tableaux.');
} catch (error) {
  console.error('Banc interrompu :', error);
  code = 1;
} finally {
  await serveur.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
