import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { demarrageActiviteDemo } from './demo/demarrage.ts';
import { activitePolicy, beneficiairePolicy } from './policies/activite.ts';
import { registerCompteursCommands } from './statistiques/cli.ts';
import { tacheRecalculCompteurs } from './statistiques/compteurs/tache-recalcul.ts';

/**
 * The advisers' daily work: accompaniments per beneficiary, collective workshops, the public agenda,
 * pass numérique, and the activity statistics.
 */
export const activiteModule = defineModule({
  name: 'activite',
  routes: [],
  startup: [demarrageActiviteDemo],
  policies: [activitePolicy, beneficiairePolicy],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
  commands: [registerCompteursCommands],
  taches: [tacheRecalculCompteurs],
});
