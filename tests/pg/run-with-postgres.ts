/**
 * npm run test:pg — starts a throwaway PostgreSQL cluster (initdb in a temporary directory, free local
 * port), runs the integration suite (*.int.test.ts, without tests/processus) or the given vitest arguments
 * against it, then removes the cluster.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

function findBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const bin = path.join(root, v, 'bin');
      if (existsSync(path.join(bin, 'initdb'))) return bin;
    }
  }
  throw new Error(
    'PostgreSQL introuvable : installez-le (apt-get install -y postgresql) ou indiquez PG_BIN=/chemin/vers/bin.',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const bin = findBin();
const root = process.getuid?.() === 0;
const dir = mkdtempSync(path.join(os.tmpdir(), 'maillage-pg-'));
chmodSync(dir, 0o755);
const pgdata = path.join(dir, 'data');
const asUser = (cmd: string, args: string[]) =>
  (root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
if (root)
  chownSync(
    dir,
    Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  );

const port = await freePort();
console.log(`[test:pg] cluster temporaire ${pgdata} sur 127.0.0.1:${port} (${bin})`);
const [initCmd, initArgs] = asUser(path.join(bin, 'initdb'), [
  '-D',
  pgdata,
  '-U',
  'maillage',
  '--auth=trust',
  '-E',
  'UTF8',
  '--locale=C',
]);
const init = spawnSync(initCmd, initArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
if (init.status !== 0) throw new Error('initdb a échoué');

const [pgCmd, pgArgs] = asUser(path.join(bin, 'postgres'), [
  '-D',
  pgdata,
  '-p',
  String(port),
  '-h',
  '127.0.0.1',
  '-k',
  dir,
  '-c',
  'fsync=off',
  '-c',
  'synchronous_commit=off',
  '-c',
  'full_page_writes=off',
  '-c',
  'max_connections=200',
  // What a slow or stuck run needs to be understood: lock waits and statements over 5 s, printed below.
  '-c',
  'log_lock_waits=on',
  '-c',
  'log_min_duration_statement=5000',
]);
const server = spawn(pgCmd, pgArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (d) => {
  // Kept short: only the end is printed.
  serverLog = (serverLog + d).slice(-1_000_000);
});

let code = 1;
try {
  const url = `postgres://maillage@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]);
    if (ready.status === 0) break;
    if (Date.now() > deadline) throw new Error(`PostgreSQL ne démarre pas :\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const args = ['vitest', 'run', '--dir', '.', ...process.argv.slice(2)];
  // Like npm test, the process tests are left out unless asked for (npm run test:pg -- tests/processus).
  // The robustness suites (tests/robustesse: every route × hostile values, ownership before validation)
  // test the HTTP boundary, which does not depend on the engine (PGlite is PostgreSQL too): they run in
  // npm test only, to keep the CI within its time budget.
  const filter = process.argv.slice(2).length
    ? []
    : ['--exclude', 'tests/processus/**', '--exclude', 'tests/robustesse/**', 'int.test'];
  console.log(`[test:pg] npx ${[...args, ...filter].join(' ')}`);
  // Asynchronous on purpose: the server's stderr is a pipe read by this process. Blocked in spawnSync, the
  // parent never read it; once 64 KB of log had piled up, every backend that logged a line (an expected
  // error of a test) hung on write, holding its locks — the 30 s timeouts and DROP DATABASE that never
  // ended, seen only in long runs.
  const enfant = spawn('npx', [...args, ...filter], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url },
  });
  const surveillance = process.env.TEST_PG_SURVEILLANCE
    ? setInterval(async () => {
        const c = new pg.Client({ connectionString: url });
        try {
          await c.connect();
          const r = await c.query(
            `select state, wait_event_type, wait_event, left(query, 80) as q, count(*)::int as n
             from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()
             group by 1, 2, 3, 4 order by n desc limit 8`,
          );
          console.log(`[test:pg] connexions : ${JSON.stringify(r.rows)}`);
        } catch (e) {
          console.log(`[test:pg] surveillance impossible : ${(e as Error).message}`);
        } finally {
          await c.end().catch(() => {});
        }
      }, 15_000)
    : null;
  code = await new Promise<number>((r) => enfant.once('exit', (c) => r(c ?? 1)));
  if (surveillance) clearInterval(surveillance);
  const lignes = serverLog
    .split('\n')
    .filter((l) =>
      /LOG: +(duration|process \d+ (still waiting|acquired))|deadlock detected|too many clients/.test(l),
    );
  if (lignes.length > 0) {
    console.log(
      `[test:pg] journal du serveur PostgreSQL (attentes de verrou, requêtes de plus de 5 s, interblocages) :`,
    );
    for (const l of lignes.slice(-60)) console.log(`  ${l.slice(0, 400)}`);
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
