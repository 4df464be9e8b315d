import type { StartupTask } from '../../../platform/startup.ts';
import { seedActiviteDemo } from './seed-activite.ts';

/** Demo mode: eighteen months of activity (after the demo places, which the lieux module seeds first). */
export const demarrageActiviteDemo: StartupTask = {
  name: 'activité de démonstration',
  demo: true,
  golden: false,
  run: async ({ config, database, now, log }) => {
    if (config.mode !== 'demo') return;
    const bilan = await seedActiviteDemo(database, config, now);
    if (bilan)
      log(
        `activité de démonstration : ${bilan.conseillers} conseillers, ${bilan.activites} activités, ` +
          `${bilan.accompagnements} accompagnements, ${bilan.beneficiaires} bénéficiaires en ${bilan.ms} ms (dont tables de synthèse ${bilan.msCompteurs} ms)`,
      );
  },
};
