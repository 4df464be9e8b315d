import { systemContext } from '../../platform/context.ts';
import { defineModule } from '../../platform/module/module.ts';
import { aFaireRecrutement } from './a-faire.ts';
import { recrutementApiRoutes } from './api/routes.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { recrutementPagesCandidatureConseiller } from './candidats/routes-candidature.tsx';
import { recrutementPagesEspaceCandidat } from './candidats/routes-espace.tsx';
import { recrutementPagesCandidatures } from './candidatures/routes.tsx';
import { recrutementPagesComite } from './candidatures/routes-comite.tsx';
import { recrutementPagesDepotStructure } from './candidatures/routes-depot.tsx';
import { recrutementPagesFeuilleSession } from './candidatures/routes-feuille-session.tsx';
import { recrutementPagesCandidatureStructure } from './candidatures/routes-structure.tsx';
import { registerRecrutementCommands } from './cli.ts';
import { recrutementPagesConventionsAnct } from './conventions/routes-anct.tsx';
import { recrutementPagesConventionsStructure } from './conventions/routes-structure.tsx';
import { chargerRecrutementDemo } from './demo/charger-demo.ts';
import { apparier } from './mises-en-relation/apparier.ts';
import { prisesDePosteEchues } from './mises-en-relation/prendre-poste.ts';
import { recrutementPagesRecrutementsAnct } from './mises-en-relation/routes-anct.tsx';
import { recrutementPagesConseiller } from './mises-en-relation/routes-conseiller.tsx';
import { recrutementPagesStructureRecrutement } from './mises-en-relation/routes-structure.tsx';
import { tacheAppariement } from './mises-en-relation/tache-appariement.ts';
import { candidaturePolicy, conventionPolicy, miseEnRelationPolicy, programmePolicy } from './policy.ts';
import { recrutementPagesProgrammeAnct } from './programme/routes-anct.tsx';
import { recrutementPagesAvancement } from './programme/routes-avancement.tsx';
import { recrutementPagesPrefecture } from './programme/routes-prefecture.tsx';
import { recrutementPagesPrefectureListes } from './programme/routes-prefecture-listes.tsx';
import { initialiserProgramme } from './programme/seed-programme.ts';

/** The recruitment and deployment of the conseillers numériques. */
export const recrutementModule = defineModule({
  name: 'recrutement',
  // Each slice registers its own pages; the order is the one the pages were registered in before.
  routes: [
    recrutementPagesDepotStructure,
    recrutementPagesCandidatureConseiller,
    recrutementPagesEspaceCandidat,
    recrutementPagesCandidatureStructure,
    recrutementPagesConventionsStructure,
    recrutementPagesStructureRecrutement,
    recrutementPagesCandidatures,
    recrutementPagesPrefecture,
    recrutementPagesPrefectureListes,
    recrutementPagesConseiller,
    recrutementPagesProgrammeAnct,
    recrutementPagesComite,
    recrutementPagesFeuilleSession,
    recrutementPagesConventionsAnct,
    recrutementPagesRecrutementsAnct,
    recrutementPagesAvancement,
    recrutementApiRoutes,
  ],
  startup: [
    {
      name: 'paramètres du programme conseillers numériques',
      run: ({ database }) => initialiserProgramme(database.db),
    },
    {
      name: 'recrutement de démonstration',
      demo: true,
      golden: false,
      run: async (ctx) => {
        if (ctx.config.mode === 'demo') await chargerRecrutementDemo(ctx);
      },
    },
  ],
  jobs: [
    {
      name: 'appariement-conseillers',
      schedule: '30 2 * * *',
      description:
        'Propose aux structures validées les candidats conseillers numériques proches et disponibles.',
      run: (deps) => apparier(systemContext(deps)),
    },
    {
      name: 'prises-de-poste',
      schedule: '15 2 * * *',
      description: 'Passe en poste les conseillers validés dont le contrat a commencé.',
      run: (deps) => prisesDePosteEchues(systemContext(deps)),
    },
  ],
  taches: [tacheAppariement],
  commands: [registerRecrutementCommands],
  navigation: [
    { role: 'public', href: '/recrutement/avancement', label: 'Avancement du programme', order: 25 },
    { role: 'anct', href: '/recrutement/candidatures', label: 'Candidatures des structures', order: 80 },
    { role: 'anct', href: '/anct/comite', label: 'Comité de sélection', order: 90 },
    { role: 'anct', href: '/anct/conventions', label: 'Conventions', order: 100 },
    { role: 'anct', href: '/anct/recrutements', label: 'Recrutements', order: 110 },
    { role: 'anct', href: '/recrutement/avancement', label: 'Avancement', order: 120 },
    { role: 'prefecture', href: '/prefecture/tableau-de-bord', label: 'Conseillers numériques', order: 30 },
    {
      role: 'prefecture',
      href: '/recrutement/candidatures',
      label: 'Candidatures des structures',
      order: 40,
    },
    { role: 'prefecture', href: '/prefecture/conseillers', label: 'Conseillers du département', order: 35 },
    { role: 'prefecture', href: '/prefecture/conventions', label: 'Conventions', order: 45 },
    { role: 'prefecture', href: '/recrutement/avancement', label: 'Avancement', order: 50 },
    { role: 'structure', href: '/structure/candidature', label: 'Candidature', order: 40 },
    { role: 'structure', href: '/structure/conventions', label: 'Conventions', order: 50 },
    { role: 'structure', href: '/structure/candidats', label: 'Candidats', order: 60 },
    { role: 'structure', href: '/structure/conseillers', label: 'Conseillers', order: 70 },
    { role: 'conseiller', href: '/conseiller/recrutement', label: 'Mon contrat et ma formation', order: 30 },
    { role: 'candidat', href: '/candidat/candidature', label: 'Ma candidature', order: 20 },
    { role: 'candidat', href: '/candidat/propositions', label: 'Mes propositions', order: 30 },
  ],
  sitemap: [
    { href: '/candidature', label: 'Devenir conseiller numérique', order: 50 },
    { href: '/structures/candidature', label: 'Demander un poste de conseiller numérique', order: 60 },
    {
      href: '/recrutement/avancement',
      label: 'État d’avancement du programme conseillers numériques',
      order: 70,
    },
  ],
  policies: [candidaturePolicy, miseEnRelationPolicy, conventionPolicy, programmePolicy],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
  aFaire: aFaireRecrutement,
});
