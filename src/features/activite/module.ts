import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ATELIERS, AUDIT_ENTITES_ATELIERS } from './ateliers/audit.ts';
import { atelierPolicy } from './ateliers/policy.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { activitePolicy, beneficiairePolicy } from './policies/activite.ts';

/**
 * The advisers' daily work: accompaniments per beneficiary, collective workshops, the public agenda,
 * pass numérique, and the activity statistics.
 */
export const activiteModule = defineModule({
  name: 'activite',
  routes: [],
  policies: [activitePolicy, beneficiairePolicy, atelierPolicy],
  auditActions: { ...AUDIT_ACTIONS, ...AUDIT_ATELIERS },
  auditEntities: { ...AUDIT_ENTITES, ...AUDIT_ENTITES_ATELIERS },
});
