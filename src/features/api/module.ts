import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { registerTokensCommands } from './cli.ts';
import { jetonApiPolicy } from './policy.ts';
import { apiRoutes } from './routes-api.tsx';
import { jetonsRoutes } from './routes-jetons.tsx';

/** The API's documentation and OpenAPI document, and the API tokens. */
export const apiModule = defineModule({
  name: 'api',
  routes: [apiRoutes, jetonsRoutes],
  commands: [registerTokensCommands],
  navigation: [
    { role: 'public', href: '/api/v1/docs', label: 'API et données ouvertes', order: 30 },
    { role: 'anct', href: '/admin/jetons-api', label: 'Jetons API', order: 30 },
  ],
  sitemap: [{ href: '/api/v1/docs', label: 'Documentation de l’API', order: 80 }],
  policies: [jetonApiPolicy],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
});
