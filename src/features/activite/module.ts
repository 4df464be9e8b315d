import { defineModule } from '../../platform/module/module.ts';
import { activiteApiRoutes } from './api/routes.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { AUDIT_ACTIONS_HISTORIQUE, AUDIT_ENTITES_HISTORIQUE } from './historique/audit.ts';
import { registerHistoriqueCommands } from './historique/cli.ts';
import { historiqueRoutes } from './historique/routes.tsx';
import { AUDIT_ACTIONS_PASS, AUDIT_ENTITES_PASS } from './pass/audit.ts';
import { passPolicy } from './pass/policy.ts';
import { passRoutes } from './pass/routes.tsx';
import { activitePolicy, beneficiairePolicy } from './policies/activite.ts';

/**
 * The advisers' daily work: accompaniments per beneficiary, collective workshops, the public agenda,
 * pass numérique, and the activity statistics.
 */
export const activiteModule = defineModule({
  name: 'activite',
  routes: [passRoutes, activiteApiRoutes, historiqueRoutes],
  commands: [registerHistoriqueCommands],
  navigation: [
    { role: 'structure', href: '/activite/pass', label: 'Pass numérique', order: 19 },
    { role: 'conseiller', href: '/activite/pass', label: 'Pass numérique', order: 29 },
  ],
  sitemap: [
    {
      href: '/statistiques/activite/historique',
      label: 'Historique des comptes rendus d’activité (2021–2024)',
      order: 60,
    },
  ],
  policies: [activitePolicy, beneficiairePolicy, passPolicy],
  auditActions: { ...AUDIT_ACTIONS, ...AUDIT_ACTIONS_PASS, ...AUDIT_ACTIONS_HISTORIQUE },
  auditEntities: { ...AUDIT_ENTITES, ...AUDIT_ENTITES_PASS, ...AUDIT_ENTITES_HISTORIQUE },
});
