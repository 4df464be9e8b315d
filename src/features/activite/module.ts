import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { activitePolicy, beneficiairePolicy } from './policies/activite.ts';
import { saisieRoutes } from './saisie/routes.tsx';

/**
 * The advisers' daily work: accompaniments per beneficiary, collective workshops, the public agenda,
 * pass numérique, and the activity statistics.
 */
export const activiteModule = defineModule({
  name: 'activite',
  routes: [saisieRoutes],
  navigation: [
    { role: 'conseiller', href: '/activite', label: 'Activité', order: 15 },
    { role: 'structure', href: '/activite', label: 'Activité', order: 25 },
  ],
  sitemap: [
    { href: '/activite/notice', label: 'Notice d’information des personnes accompagnées', order: 70 },
  ],
  policies: [activitePolicy, beneficiairePolicy],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
});
