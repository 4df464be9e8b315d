import type { AppDeps } from '../../../platform/http/deps.ts';
import type { StartupContext } from '../../../platform/startup.ts';
import { chargerStructure } from '../../structures/index.ts';
import { lireParametres } from '../programme/repo.ts';
import { idStructureDemo } from './generateur-demo.ts';
import { insererDossiersDemo } from './inserer-demo.ts';
import { insererRecrutementsDemo } from './recrutements-demo.ts';

export interface BilanDemo {
  deja: boolean;
  structures: number;
}

/**
 * The recruitment programme's demo state (demo mode only, not in the tests' golden database):
 * about 150 structures, 1,500 candidates, opinions, two committee sessions, conventions, matching and
 * recruitments at every stage. Runs once: later starts find the first demo structure and stop.
 */
export async function chargerRecrutementDemo(
  ctx: Pick<StartupContext, 'config' | 'database' | 'now' | 'registry'>,
): Promise<BilanDemo> {
  const { db } = ctx.database;
  if (await chargerStructure(db, idStructureDemo(1))) return { deja: true, structures: 0 };
  const params = await lireParametres(db);
  const inserees = await db.transaction((tx) => insererDossiersDemo(tx, params));
  // Matching and its e-mails: nothing is sent for demo data.
  const deps: AppDeps = {
    config: ctx.config,
    db,
    engine: ctx.database.engine,
    mailer: { send: async () => {} },
    now: () => ctx.now,
    registry: ctx.registry,
  };
  await insererRecrutementsDemo(deps, inserees);
  return { deja: false, structures: inserees.length };
}
