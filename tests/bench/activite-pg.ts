/**
 * A throwaway PostgreSQL cluster for the activity benchmark (as tests/pg/run-with-postgres.ts does):
 * initdb in a temporary directory, a free local port, removed by `arreter`.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function binaires(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const racine = '/usr/lib/postgresql';
  if (existsSync(racine))
    for (const v of readdirSync(racine).sort((a, b) => Number(b) - Number(a))) {
      const bin = path.join(racine, v, 'bin');
      if (existsSync(path.join(bin, 'initdb'))) return bin;
    }
  throw new Error('PostgreSQL introuvable : installez-le ou indiquez PG_BIN=/chemin/vers/bin.');
}

function portLibre(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function demarrerPostgres(): Promise<{ url: string; arreter: () => Promise<void> }> {
  const bin = binaires();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'maillage-bench-pg-'));
  chmodSync(dir, 0o755);
  const pgdata = path.join(dir, 'data');
  const commeUtilisateur = (cmd: string, args: string[]) =>
    (root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  if (root)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
      Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
    );
  const port = await portLibre();
  const [ic, ia] = commeUtilisateur(path.join(bin, 'initdb'), [
    '-D',
    pgdata,
    '-U',
    'maillage',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  if (spawnSync(ic, ia, { stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0)
    throw new Error('initdb a échoué');
  const reglages = [
    'fsync=off',
    'synchronous_commit=off',
    'full_page_writes=off',
    'shared_buffers=1GB',
    'work_mem=64MB',
    'maintenance_work_mem=512MB',
    'max_wal_size=4GB',
  ].flatMap((r) => ['-c', r]);
  const [pc, pa] = commeUtilisateur(path.join(bin, 'postgres'), [
    '-D',
    pgdata,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    dir,
    ...reglages,
  ]);
  const serveur = spawn(pc, pa, { stdio: ['ignore', 'ignore', 'pipe'] });
  let journal = '';
  serveur.stderr.on('data', (d) => {
    journal = (journal + d).slice(-20_000);
  });
  const arreter = async () => {
    if (serveur.exitCode === null) {
      serveur.kill('SIGTERM');
      await new Promise((r) => serveur.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // An interrupted run (Ctrl-C, closed pipe, crash) must not leave a cluster behind.
  const nettoyer = () => {
    if (serveur.exitCode === null) serveur.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', nettoyer);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => process.exit(130));
  const limite = Date.now() + 30_000;
  for (;;) {
    if (spawnSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0) break;
    if (Date.now() > limite) {
      await arreter();
      throw new Error(`PostgreSQL ne démarre pas :\n${journal}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url: `postgres://maillage@127.0.0.1:${port}/postgres`, arreter };
}
