import { Cron } from 'croner';
import { ConfigError } from '../../config/env.ts';
import type { Job } from './job.ts';

/**
 * TACHES_PLANNING_TEST, reserved for tests (refused in production by the configuration): replaces the
 * schedule of the named jobs, so that a process test sees a harmless job fire every second in each process.
 */
export function avecPlanningDeTest(jobs: readonly Job[], planning: Readonly<Record<string, string>>): Job[] {
  const noms = new Set(jobs.map((j) => j.name));
  for (const [nom, expression] of Object.entries(planning)) {
    if (!noms.has(nom)) {
      throw new ConfigError(
        `Configuration invalide :\n- TACHES_PLANNING_TEST : tâche inconnue « ${nom} ». Tâches : ${[...noms].join(', ')}.`,
      );
    }
    try {
      new Cron(expression, { paused: true }).stop();
    } catch {
      throw new ConfigError(
        `Configuration invalide :\n- TACHES_PLANNING_TEST : planification illisible pour « ${nom} » : « ${expression} ».`,
      );
    }
  }
  return jobs.map((job) => (planning[job.name] ? { ...job, schedule: planning[job.name]! } : job));
}
