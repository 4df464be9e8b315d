import { defineModule } from '../../platform/module/module.ts';
import { auditPolicy } from './policy.ts';
import { auditRoutes } from './routes.tsx';

/** The audit journal: every mutation's event, filtered and exported. */
export const auditModule = defineModule({
  name: 'audit',
  routes: [auditRoutes],
  navigation: [{ role: 'anct', href: '/admin/audit', label: 'Journal d’audit', order: 40 }],
  policies: [auditPolicy],
});
