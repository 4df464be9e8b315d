import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { activitePolicy, beneficiairePolicy } from './policies/activite.ts';
import { registerCompteursCommands } from './statistiques/cli.ts';
import { tacheRecalculCompteurs } from './statistiques/compteurs/tache-recalcul.ts';
import { statistiquesRoutes } from './statistiques/routes.tsx';
import { statistiquesApiRoutes } from './statistiques/routes-api.tsx';

/**
 * The advisers' daily work: accompaniments per beneficiary, collective workshops, the public agenda,
 * pass numérique, and the activity statistics.
 */
export const activiteModule = defineModule({
  name: 'activite',
  routes: [statistiquesRoutes, statistiquesApiRoutes],
  policies: [activitePolicy, beneficiairePolicy],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
  commands: [registerCompteursCommands],
  taches: [tacheRecalculCompteurs],
  navigation: [
    { role: 'conseiller', href: '/activite/statistiques', label: 'Statistiques', order: 18 },
    { role: 'structure', href: '/activite/statistiques', label: 'Statistiques', order: 28 },
    { role: 'prefecture', href: '/prefecture/activite/statistiques', label: 'Activité', order: 40 },
    { role: 'anct', href: '/admin/activite/statistiques', label: 'Activité', order: 125 },
  ],
  sitemap: [{ href: '/statistiques/activite', label: 'Statistiques de l’activité', order: 60 }],
});
