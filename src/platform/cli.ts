import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { type Config, ConfigError, loadConfig } from '../config/env.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { DatabaseBusyError } from '../db/lock.ts';
import type { AppDeps } from './http/deps.ts';
import { createMailer } from './mail/mailer.ts';
import type { Registry } from './module/registry.ts';
import { runStartup } from './startup.ts';

let registry: Registry | null = null;

/** The modules' registry the commands run with (their startup tasks); set once by `src/cli/main.ts`. */
export function configureCli(r: Registry): void {
  registry = r;
}

/** A command's failure the person can fix: printed without a stack trace, exit code 1. */
export class CliError extends Error {}

export interface CliContext {
  config: Config;
  database: Database;
  deps: AppDeps;
}

/**
 * Opens the database for a command (refusing clearly if a server holds the embedded one),
 * runs migrations and reference data so a command works on a fresh DATA_DIR, then closes it.
 * Demo data is loaded only with `demo: true` (`maillage db seed`), so that an import on a fresh
 * DATA_DIR counts only what it imported.
 */
export async function withContext<T>(
  fn: (ctx: CliContext) => Promise<T>,
  options: { startup?: boolean; demo?: boolean } = {},
) {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    role: 'commande maillage',
  });
  try {
    if (options.startup !== false) {
      await runStartup({
        config,
        database,
        now: new Date(),
        log: (m) => console.error(`  ${m}`),
        sansDemo: !options.demo,
        registry: cliRegistry(),
      });
    }
    const mailer = createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      outboxDir: path.join(config.dataDir, 'outbox'),
    });
    const deps: AppDeps = {
      config,
      db: database.db,
      engine: database.engine,
      mailer,
      now: () => new Date(),
      registry: cliRegistry(),
    };
    return await fn({ config, database, deps });
  } finally {
    await database.close();
  }
}

export function cliRegistry(): Registry {
  if (!registry) throw new Error('configureCli() doit être appelé avant les commandes');
  return registry;
}

/** A progress bar on stderr (silent when stderr is not a terminal). */
export function progressBar(label: string, total: number) {
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}`,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
    stream: process.stderr,
    noTTYOutput: false,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  return bar;
}

export function reportCliError(error: unknown): never {
  if (error instanceof CliError || error instanceof ConfigError || error instanceof DatabaseBusyError) {
    console.error(`\nErreur : ${error.message}\n`);
  } else {
    console.error('\nErreur inattendue :', error);
  }
  process.exit(1);
}
