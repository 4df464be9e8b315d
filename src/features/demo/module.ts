import { defineModule } from '../../platform/module/module.ts';
import { demoRoutes } from './routes.tsx';

/** Demo mode's helpers (the e-mails sent, shown instead of mailed). */
export const demoModule = defineModule({
  name: 'demo',
  routes: [demoRoutes],
  sitemap: [
    { href: '/demo/courriels', label: 'Courriels envoyés (démonstration)', order: 90, demoOnly: true },
  ],
});
