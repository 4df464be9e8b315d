import { systemContext } from '../../platform/context.ts';
import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { AUDIT_BENEFICIAIRES } from './beneficiaires/audit.ts';
import { seedBeneficiairesDemo } from './beneficiaires/demo.ts';
import { effacerBeneficiairesAnciens, JOB_EFFACEMENT } from './beneficiaires/effacement-automatique.ts';
import { beneficiairesRoutes } from './beneficiaires/routes.tsx';
import { beneficiairesDonneesRoutes } from './beneficiaires/routes-donnees.tsx';
import { activitePolicy, beneficiairePolicy } from './policies/activite.ts';
import { saisieRoutes } from './saisie/routes.tsx';

/**
 * The advisers' daily work: accompaniments per beneficiary, collective workshops, the public agenda,
 * pass numérique, and the activity statistics.
 */
export const activiteModule = defineModule({
  name: 'activite',
  routes: [saisieRoutes, beneficiairesDonneesRoutes, beneficiairesRoutes],
  startup: [
    {
      name: 'bénéficiaires de démonstration',
      demo: true,
      golden: false,
      run: async (ctx) => {
        if (ctx.config.mode === 'demo') await seedBeneficiairesDemo(ctx);
      },
    },
  ],
  jobs: [
    {
      name: JOB_EFFACEMENT,
      schedule: '15 3 * * *',
      description:
        'Efface les données nominatives des bénéficiaires sans accompagnement depuis ACTIVITE_CONSERVATION_MOIS mois.',
      run: (deps) => effacerBeneficiairesAnciens(systemContext(deps)),
    },
  ],
  navigation: [
    { role: 'conseiller', href: '/activite', label: 'Activité', order: 15 },
    { role: 'structure', href: '/activite', label: 'Activité', order: 25 },
    { role: 'conseiller', href: '/activite/beneficiaires', label: 'Bénéficiaires', order: 16 },
    { role: 'structure', href: '/activite/beneficiaires', label: 'Bénéficiaires', order: 26 },
  ],
  sitemap: [
    { href: '/activite/notice', label: 'Notice d’information des personnes accompagnées', order: 70 },
  ],
  policies: [activitePolicy, beneficiairePolicy],
  auditActions: { ...AUDIT_ACTIONS, ...AUDIT_BENEFICIAIRES },
  auditEntities: AUDIT_ENTITES,
});
