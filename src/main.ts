import path from 'node:path';
import { ConfigError, loadConfig } from './config/env.ts';
import { openDatabase } from './db/client.ts';
import { DatabaseBusyError } from './db/lock.ts';
import { registre } from './features/index.ts';
import { buildApp } from './platform/http/app.tsx';
import { avecPlanningDeTest } from './platform/jobs/planning-test.ts';
import { startJobs } from './platform/jobs/scheduler.ts';
import { createMailer } from './platform/mail/mailer.ts';
import { runStartup } from './platform/startup.ts';
import { demarrerTravailleur, recupererTachesOrphelines } from './platform/taches/travailleur.ts';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const registry = registre();
  const jobs = avecPlanningDeTest(registry.jobs, config.planningTachesTest);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    role: 'serveur',
  });
  const log = (message: string) => {
    if (config.logLevel !== 'silent') console.log(`[maillage] ${message}`);
  };
  let stopping = false;
  const stopJobs: (() => void)[] = [];
  let travailleur: { arreter: () => Promise<void> } | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} reçu : arrêt propre en cours…`);
    for (const stop of stopJobs) stop();
    try {
      // The running task stops at its next pause and is left 'interrompue', to be resumed.
      await travailleur?.arreter();
      await app?.close();
    } finally {
      await database.close();
      log('arrêté.');
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await runStartup({ config, database, now: new Date(), log, registry });
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    outboxDir: path.join(config.dataDir, 'outbox'),
  });
  const deps = { config, db: database.db, engine: database.engine, mailer, now: () => new Date(), registry };
  app = await buildApp(deps);
  await app.listen({ host: config.host, port: config.port });
  if (config.jobs) stopJobs.push(startJobs(deps, jobs, log));
  // Tasks a dead process left running: all of them on the embedded database (one process), those
  // without a beat for a minute on PostgreSQL (other processes may be running theirs).
  const orphelines = await recupererTachesOrphelines(
    deps,
    registry.taches,
    database.engine === 'pglite' ? 0 : 60_000,
  );
  if (orphelines > 0)
    log(`${orphelines} tâche(s) de fond interrompue(s) par un arrêt précédent : à relancer`);
  travailleur = demarrerTravailleur(deps, registry.taches, (message, erreur) => {
    console.error(`[maillage] ${message}`, erreur ?? '');
  });
  log(
    `prêt en ${((performance.now() - started) / 1000).toFixed(1)} s sur ${config.baseUrl} ` +
      `(mode ${config.mode}, base ${database.engine === 'pglite' ? `embarquée dans ${config.dataDir}` : 'PostgreSQL'})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseBusyError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error('Le démarrage de Maillage a échoué :', error);
  }
  process.exit(1);
});
