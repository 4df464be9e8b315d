import { purgeStaleAttempts } from '../../features/comptes/limitation.ts';
import { apparier } from '../../features/recrutement/apparier.ts';
import { prisesDePosteEchues } from '../../features/recrutement/prendre-poste.ts';
import { deriverCentres } from '../../features/territoires/centres/deriver-centres.ts';
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
  {
    name: 'purge-tentatives',
    schedule: '7 * * * *',
    description: 'Supprime les compteurs de tentatives de connexion périmés.',
    run: (deps) => purgeStaleAttempts(deps.db, deps.now()),
  },
  {
    name: 'appariement-conseillers',
    schedule: '30 2 * * *',
    description:
      'Propose aux structures validées les candidats conseillers numériques proches et disponibles.',
    run: (deps) => apparier(deps, null),
  },
  {
    name: 'prises-de-poste',
    schedule: '15 2 * * *',
    description: 'Passe en poste les conseillers validés dont le contrat a commencé.',
    run: (deps) => prisesDePosteEchues(deps),
  },
  {
    name: 'centres-communes',
    // Before the matching (2:30): candidates and structures placed at their commune's centre.
    schedule: '5 2 * * *',
    description: 'Donne aux communes sans centre la médiane de leurs lieux et structures géolocalisés.',
    run: (deps) => deriverCentres(deps, null, { source: 'tache' }),
  },
];
