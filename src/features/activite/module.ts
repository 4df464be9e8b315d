import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ATELIERS, AUDIT_ENTITES_ATELIERS } from './ateliers/audit.ts';
import { seedAteliersDemo } from './ateliers/demo.ts';
import { atelierPolicy } from './ateliers/policy.ts';
import { jobRappels } from './ateliers/rappels.ts';
import { ateliersAppelRoutes } from './ateliers/routes-appel.tsx';
import { ateliersFluxRoutes } from './ateliers/routes-flux.tsx';
import { ateliersGestionRoutes } from './ateliers/routes-gestion.tsx';
import { ateliersPublicRoutes } from './ateliers/routes-public.tsx';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { activitePolicy, beneficiairePolicy } from './policies/activite.ts';

/**
 * The advisers' daily work: accompaniments per beneficiary, collective workshops, the public agenda,
 * pass numérique, and the activity statistics.
 */
export const activiteModule = defineModule({
  name: 'activite',
  routes: [ateliersFluxRoutes, ateliersPublicRoutes, ateliersGestionRoutes, ateliersAppelRoutes],
  startup: [
    {
      name: 'ateliers de démonstration',
      demo: true,
      golden: false,
      run: async ({ config, database, now }) => {
        if (config.mode === 'demo') await seedAteliersDemo(database.db, now);
      },
    },
  ],
  jobs: [jobRappels],
  navigation: [
    { role: 'public', href: '/ateliers', label: 'Ateliers', order: 25 },
    { role: 'conseiller', href: '/activite/ateliers', label: 'Ateliers', order: 17 },
    { role: 'structure', href: '/activite/ateliers', label: 'Ateliers', order: 27 },
  ],
  sitemap: [{ href: '/ateliers', label: 'Ateliers numériques près de chez vous', order: 45 }],
  policies: [activitePolicy, beneficiairePolicy, atelierPolicy],
  auditActions: { ...AUDIT_ACTIONS, ...AUDIT_ATELIERS },
  auditEntities: { ...AUDIT_ENTITES, ...AUDIT_ENTITES_ATELIERS },
});
