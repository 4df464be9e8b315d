import type { Command } from 'commander';
import { CliError, withContext } from '../../platform/cli.ts';
import { runExclusive } from '../../platform/jobs/scheduler.ts';
import type { Registry } from '../../platform/module/registry.ts';

/** `maillage jobs list` and `maillage jobs run NAME`: the scheduled jobs the modules declare. */
export function registerJobsCommands(program: Command, registry: Registry) {
  const jobs = program.command('jobs').description('Tâches planifiées');
  jobs
    .command('list')
    .description('Liste les tâches planifiées (nom, planification, description)')
    .action(() => {
      for (const job of registry.jobs) {
        console.log(`${job.name.padEnd(26)} ${job.schedule.padEnd(14)} ${job.description}`);
      }
    });
  jobs
    .command('run <nom>')
    .description('Exécute une tâche planifiée maintenant (une seule fois si plusieurs serveurs tournent)')
    .action(async (nom: string) => {
      const job = registry.jobs.find((j) => j.name === nom);
      if (!job) {
        throw new CliError(
          `Tâche inconnue : « ${nom} ». Tâches disponibles : ${registry.jobs.map((j) => j.name).join(', ')}.`,
        );
      }
      await withContext(async ({ deps }) => {
        const debut = performance.now();
        const ran = await runExclusive(deps, job.name, () => job.run(deps));
        if (!ran) throw new CliError(`La tâche « ${nom} » est déjà en cours dans un autre processus.`);
        console.log(`Tâche « ${nom} » exécutée en ${((performance.now() - debut) / 1000).toFixed(1)} s.`);
      });
    });
}
