import { purgeExpiredSessions } from '../auth/sessions.ts';
import type { AppDeps } from '../http/deps.ts';

export interface Job {
  name: string;
  /** Cron expression, Europe/Paris. */
  schedule: string;
  description: string;
  run: (deps: AppDeps) => Promise<unknown>;
}

/** Every scheduled job; each is also callable from the CLI (`maillage jobs run NAME`). */
export const JOBS: Job[] = [
  {
    name: 'purge-sessions',
    schedule: '*/15 * * * *',
    description: 'Supprime les sessions expirées.',
    run: (deps) => purgeExpiredSessions(deps.db, deps.now()),
  },
];
