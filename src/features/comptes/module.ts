import { purgeExpiredSessions } from '../../platform/auth/sessions.ts';
import { systemContext } from '../../platform/context.ts';
import { defineModule } from '../../platform/module/module.ts';
import { administrationRoutes } from './administration/routes.tsx';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { registerUsersCommands } from './cli.ts';
import { registerUsersInviteCommand } from './cli-invitation.ts';
import { purgeStaleAttempts } from './connexion/limitation.ts';
import { seedPersonas } from './demo/seed-personas.ts';
import { invitationsRoutes } from './invitations/routes.tsx';
import { adhesionPolicy } from './policies/adhesion.ts';
import { invitationPolicy } from './policies/invitation.ts';
import { utilisateurPolicy } from './policies/utilisateur.ts';
import { comptesRoutes } from './routes.tsx';

/** Accounts, sessions, roles, invitations and each role's home. */
export const comptesModule = defineModule({
  name: 'comptes',
  routes: [comptesRoutes, administrationRoutes, invitationsRoutes],
  startup: [
    {
      name: 'personas de démonstration',
      demo: true,
      run: async ({ config, database }) => {
        if (config.mode === 'demo') await seedPersonas(database.db);
      },
    },
  ],
  jobs: [
    {
      name: 'purge-sessions',
      schedule: '*/15 * * * *',
      description: 'Supprime les sessions expirées.',
      run: (deps) => purgeExpiredSessions(deps.db, deps.now()),
    },
    {
      name: 'purge-tentatives',
      schedule: '7 * * * *',
      description: 'Supprime les compteurs de tentatives de connexion périmés.',
      run: (deps) => purgeStaleAttempts(systemContext(deps)),
    },
  ],
  commands: [registerUsersCommands, registerUsersInviteCommand],
  navigation: [
    { role: 'anct', href: '/espace', label: 'Tableau de bord', order: 10 },
    { role: 'anct', href: '/admin/utilisateurs', label: 'Utilisateurs', order: 20 },
    { role: 'prefecture', href: '/espace', label: 'Tableau de bord', order: 10 },
    { role: 'prefecture', href: '/admin/utilisateurs', label: 'Comptes du département', order: 20 },
    { role: 'structure', href: '/espace', label: 'Tableau de bord', order: 10 },
    { role: 'structure', href: '/structure/equipe', label: 'Équipe', order: 20 },
    { role: 'conseiller', href: '/espace', label: 'Tableau de bord', order: 10 },
    { role: 'aidant', href: '/espace', label: 'Tableau de bord', order: 10 },
    { role: 'candidat', href: '/espace', label: 'Tableau de bord', order: 10 },
  ],
  sitemap: [
    { href: '/connexion', label: 'Se connecter', order: 20 },
    { href: '/mot-de-passe-oublie', label: 'Mot de passe oublié', order: 30 },
  ],
  policies: [utilisateurPolicy, adhesionPolicy, invitationPolicy],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
});
