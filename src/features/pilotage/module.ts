import { systemContext } from '../../platform/context.ts';
import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { registerPilotageCommands } from './cli.ts';
import { recalculerCouverture } from './couverture/recalculer-couverture.ts';

/** Steering of the mesh (issue 12): coverage of the territory, digital fragility. */
export const pilotageModule = defineModule({
  name: 'pilotage',
  jobs: [
    {
      name: 'couverture',
      // Cheap when nothing changed: the places' fingerprint is compared first.
      schedule: '*/15 * * * *',
      description: 'Recalcule la couverture des communes par les lieux quand les lieux ont changé.',
      run: (deps) => recalculerCouverture(systemContext(deps)),
    },
  ],
  commands: [registerPilotageCommands],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
});
