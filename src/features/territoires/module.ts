import { systemContext } from '../../platform/context.ts';
import { defineModule } from '../../platform/module/module.ts';
import { adressesRoutes } from './adresses/routes.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { chargerCentresDemo } from './centres/chargement-centres-demo.ts';
import { deriverCentres } from './centres/deriver-centres.ts';
import { chargerReferentielGeographique } from './chargement-referentiel.ts';
import { registerTerritoiresCommands } from './cli.ts';
import { territoiresRoutes } from './routes.ts';

/** The official geography (COG): régions, départements, EPCI, communes and their centres. */
export const territoiresModule = defineModule({
  name: 'territoires',
  routes: [territoiresRoutes, adressesRoutes],
  startup: [
    {
      name: 'géographie de référence',
      run: async ({ database }) => {
        await chargerReferentielGeographique(database.db);
      },
    },
    {
      // Small (about 190 communes) and in the golden database: other features' tests rely on them.
      name: 'centres des communes de démonstration',
      demo: true,
      run: async ({ config, database }) => {
        if (config.mode === 'demo') await chargerCentresDemo(database.db);
      },
    },
  ],
  jobs: [
    {
      name: 'centres-communes',
      // Before the matching (2:30): candidates and structures placed at their commune's centre.
      schedule: '5 2 * * *',
      description: 'Donne aux communes sans centre la médiane de leurs lieux et structures géolocalisés.',
      run: (deps) => deriverCentres(systemContext(deps), { source: 'tache' }),
    },
  ],
  commands: [registerTerritoiresCommands],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
});
