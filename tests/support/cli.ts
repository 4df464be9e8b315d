import { spawn } from 'node:child_process';
import { childEnv, ROOT } from './serveur.ts';

export interface CliResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The command was still running after the timeout and was killed. */
  timedOut: boolean;
}

/**
 * Runs `node bin/maillage.mjs …` on dataDir (the embedded database, unless `env` gives a DATABASE_URL);
 * a command that hangs is killed after timeoutMs.
 */
export function runCli(
  dataDir: string,
  args: string[],
  timeoutMs = 120_000,
  env: Record<string, string> = {},
): Promise<CliResult> {
  const started = Date.now();
  const child = spawn(process.execPath, ['bin/maillage.mjs', ...args], {
    cwd: ROOT,
    env: childEnv(dataDir, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}
