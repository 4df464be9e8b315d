/**
 * Starts the real server (`node --import tsx src/main.ts`) as a child process on a free local port, for the
 * process tests, the browser tests and the benchmark.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export function tempDataDir(prefix = 'maillage-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The environment of a child process: the embedded database in dataDir, never the caller's DATABASE_URL. */
export function childEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'TEST_DATABASE_URL', 'BASE_URL', 'SMTP_URL', 'SESSION_SECRET'])
    delete env[key];
  return {
    ...env,
    MODE: 'demo',
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    JOBS: 'off',
    ...extra,
  };
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  url: string;
  dataDir: string;
  /** Everything the process wrote on stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<number | string>;
}

export function spawnServer(
  dataDir: string,
  options: { port: number; env?: Record<string, string> },
): RunningServer {
  const env = childEnv(dataDir, { PORT: String(options.port), ...options.env });
  return spawnNode(['src/main.ts'], env, { port: options.port, dataDir });
}

/** `node --import tsx <args>` from the project root, its output kept. */
export function spawnNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  where: { port?: number; dataDir?: string } = {},
): RunningServer {
  const port = where.port ?? 0;
  const dataDir = where.dataDir ?? '';
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'inconnu'));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    url,
    dataDir,
    output: () => out,
    exited,
    async stop(graceMs = 20_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Polls /readyz until the database answers; fails early if the process exits. */
export async function waitReady(server: RunningServer, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended: number | string | undefined;
  void server.exited.then((c) => {
    ended = c;
  });
  for (;;) {
    if (ended !== undefined) {
      throw new Error(`le serveur s’est arrêté (code ${ended}) avant d’être prêt :\n${server.output()}`);
    }
    try {
      const res = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      throw new Error(`le serveur n’est pas prêt après ${timeoutMs / 1000} s :\n${server.output()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startServer(
  dataDir: string,
  options: { port?: number; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const server = spawnServer(dataDir, { port: options.port ?? (await freePort()), env: options.env ?? {} });
  try {
    await waitReady(server, options.timeoutMs);
  } catch (error) {
    await server.stop(2000);
    throw error;
  }
  return server;
}
