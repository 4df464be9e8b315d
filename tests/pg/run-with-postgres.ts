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
]);
const server = spawn(pgCmd, pgArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (d) => {
  serverLog += d;
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
  const run = spawnSync('npx', [...args, ...filter], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: url },
  });
  code = run.status ?? 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
