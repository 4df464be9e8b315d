import { defineModule } from '../../platform/module/module.ts';
import { activiteApiRoutes } from './api/routes.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
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
  routes: [passRoutes, activiteApiRoutes],
  navigation: [
    { role: 'structure', href: '/activite/pass', label: 'Pass numérique', order: 19 },
    { role: 'conseiller', href: '/activite/pass', label: 'Pass numérique', order: 29 },
  ],
  policies: [activitePolicy, beneficiairePolicy, passPolicy],
  auditActions: { ...AUDIT_ACTIONS, ...AUDIT_ACTIONS_PASS },
  auditEntities: { ...AUDIT_ENTITES, ...AUDIT_ENTITES_PASS },
});
