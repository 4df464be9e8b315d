import type { AppDeps } from '../http/deps.ts';

/** A scheduled job, declared by its feature's module; also callable as `maillage jobs run NAME`. */
export interface Job {
  name: string;
  /** Cron expression, Europe/Paris. */
  schedule: string;
  /** French, shown by `maillage jobs list`. */
  description: string;
  run: (deps: AppDeps) => Promise<unknown>;
}
