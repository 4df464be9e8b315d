import { systemContext } from '../../platform/context.ts';
import { defineModule } from '../../platform/module/module.ts';
import { activiteApiRoutes } from './api/routes.ts';
import { AUDIT_ATELIERS, AUDIT_ENTITES_ATELIERS } from './ateliers/audit.ts';
import { seedAteliersDemo } from './ateliers/demo.ts';
import { atelierPolicy } from './ateliers/policy.ts';
import { jobRappels } from './ateliers/rappels.ts';
import { ateliersAppelRoutes } from './ateliers/routes-appel.tsx';
import { ateliersFluxRoutes } from './ateliers/routes-flux.tsx';
import { ateliersGestionRoutes } from './ateliers/routes-gestion.tsx';
import { ateliersPublicRoutes } from './ateliers/routes-public.tsx';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { AUDIT_BENEFICIAIRES } from './beneficiaires/audit.ts';
import { seedBeneficiairesDemo } from './beneficiaires/demo.ts';
import { effacerBeneficiairesAnciens, JOB_EFFACEMENT } from './beneficiaires/effacement-automatique.ts';
import { beneficiairesRoutes } from './beneficiaires/routes.tsx';
import { beneficiairesDonneesRoutes } from './beneficiaires/routes-donnees.tsx';
import { demarrageActiviteDemo } from './demo/demarrage.ts';
import { AUDIT_ACTIONS_HISTORIQUE, AUDIT_ENTITES_HISTORIQUE } from './historique/audit.ts';
import { registerHistoriqueCommands } from './historique/cli.ts';
import { historiqueRoutes } from './historique/routes.tsx';
import { AUDIT_ACTIONS_PASS, AUDIT_ENTITES_PASS } from './pass/audit.ts';
import { passPolicy } from './pass/policy.ts';
import { passRoutes } from './pass/routes.tsx';
import { activitePolicy, beneficiairePolicy } from './policies/activite.ts';
import { saisieRoutes } from './saisie/routes.tsx';
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
  routes: [
    saisieRoutes,
    beneficiairesDonneesRoutes,
    beneficiairesRoutes,
    passRoutes,
    activiteApiRoutes,
    historiqueRoutes,
    ateliersFluxRoutes,
    ateliersPublicRoutes,
    ateliersGestionRoutes,
    ateliersAppelRoutes,
    statistiquesRoutes,
    statistiquesApiRoutes,
  ],
  startup: [
    demarrageActiviteDemo,
    {
      name: 'bénéficiaires de démonstration',
      demo: true,
      golden: false,
      run: async (ctx) => {
        if (ctx.config.mode === 'demo') await seedBeneficiairesDemo(ctx);
      },
    },
    {
      name: 'ateliers de démonstration',
      demo: true,
      golden: false,
      run: async ({ config, database, now }) => {
        if (config.mode === 'demo') await seedAteliersDemo(database.db, now);
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
    jobRappels,
  ],
  commands: [registerHistoriqueCommands, registerCompteursCommands],
  taches: [tacheRecalculCompteurs],
  navigation: [
    { role: 'public', href: '/ateliers', label: 'Ateliers', order: 25 },
    { role: 'conseiller', href: '/activite/ateliers', label: 'Ateliers', order: 17 },
    { role: 'structure', href: '/activite/ateliers', label: 'Ateliers', order: 27 },
    { role: 'conseiller', href: '/activite', label: 'Activité', order: 15 },
    { role: 'structure', href: '/activite', label: 'Activité', order: 25 },
    { role: 'conseiller', href: '/activite/beneficiaires', label: 'Bénéficiaires', order: 16 },
    { role: 'structure', href: '/activite/beneficiaires', label: 'Bénéficiaires', order: 26 },
    { role: 'conseiller', href: '/activite/pass', label: 'Pass numérique', order: 19 },
    { role: 'structure', href: '/activite/pass', label: 'Pass numérique', order: 29 },
    { role: 'conseiller', href: '/activite/statistiques', label: 'Statistiques', order: 18 },
    { role: 'structure', href: '/activite/statistiques', label: 'Statistiques', order: 28 },
    { role: 'prefecture', href: '/prefecture/activite/statistiques', label: 'Activité', order: 40 },
    { role: 'anct', href: '/admin/activite/statistiques', label: 'Activité', order: 125 },
  ],
  sitemap: [
    { href: '/statistiques/activite', label: 'Statistiques de l’activité', order: 58 },
    { href: '/ateliers', label: 'Ateliers numériques près de chez vous', order: 45 },
    { href: '/activite/notice', label: 'Notice d’information des personnes accompagnées', order: 70 },
    {
      href: '/statistiques/activite/historique',
      label: 'Historique des comptes rendus d’activité (2021–2024)',
      order: 60,
    },
  ],
  policies: [activitePolicy, beneficiairePolicy, passPolicy, atelierPolicy],
  auditActions: {
    ...AUDIT_ACTIONS,
    ...AUDIT_BENEFICIAIRES,
    ...AUDIT_ACTIONS_PASS,
    ...AUDIT_ACTIONS_HISTORIQUE,
    ...AUDIT_ATELIERS,
  },
  auditEntities: {
    ...AUDIT_ENTITES,
    ...AUDIT_ENTITES_PASS,
    ...AUDIT_ENTITES_HISTORIQUE,
    ...AUDIT_ENTITES_ATELIERS,
  },
});
