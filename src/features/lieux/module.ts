import { defineModule } from '../../platform/module/module.ts';
import { aFaireLieux } from './a-faire.ts';
import { lieuxApiEcritureRoutes } from './api-ecriture/routes.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITES } from './audit.ts';
import { registerLieuxCommands } from './cli.ts';
import { seedLieuxDemo } from './demo/seed-lieux.ts';
import { lieuxDoublonsRoutes } from './doublons/routes.tsx';
import { tacheDoublonsLieux } from './doublons/tache-doublons.ts';
import { lieuxExportRoutes } from './export/routes.ts';
import { registerGeocoderCommand } from './gestion/cli-geocoder.ts';
import { lieuPolicy } from './gestion/policy.ts';
import { lieuxGestionRoutes } from './gestion/routes.tsx';
import { registreLieuxPolicy } from './import/policy.ts';
import { lieuxImportRoutes } from './import/routes.tsx';
import { tacheImportLieux } from './import/tache-import.ts';
import { lieuxPublicRoutes } from './recherche/routes.tsx';
import { lieuxApiRoutes } from './recherche/routes-api.tsx';
import { signalementPolicy } from './signalements/policy.ts';
import { lieuxSignalementsRoutes } from './signalements/routes.tsx';

/** The national registry and map of the places that help people with digital tools. */
export const lieuxModule = defineModule({
  name: 'lieux',
  routes: [
    lieuxPublicRoutes,
    lieuxApiRoutes,
    lieuxApiEcritureRoutes,
    lieuxGestionRoutes,
    lieuxExportRoutes,
    lieuxImportRoutes,
    lieuxDoublonsRoutes,
    lieuxSignalementsRoutes,
  ],
  startup: [
    {
      name: 'lieux de démonstration',
      demo: true,
      golden: false,
      run: async ({ config, database, now }) => {
        if (config.mode === 'demo') await seedLieuxDemo(database.db, now);
      },
    },
  ],
  taches: [tacheImportLieux, tacheDoublonsLieux],
  commands: [registerLieuxCommands, registerGeocoderCommand],
  navigation: [
    { role: 'public', href: '/lieux', label: 'Trouver un lieu', order: 20 },
    { role: 'anct', href: '/admin/lieux/import', label: 'Import de lieux', order: 50 },
    { role: 'anct', href: '/admin/lieux/doublons', label: 'Doublons de lieux', order: 60 },
    { role: 'anct', href: '/admin/lieux/a-actualiser', label: 'Lieux à actualiser', order: 70 },
    { role: 'anct', href: '/admin/lieux/signalements', label: 'Signalements de lieux', order: 75 },
    { role: 'structure', href: '/structure/lieux', label: 'Nos lieux', order: 30 },
    { role: 'structure', href: '/structure/lieux/signalements', label: 'Signalements', order: 32 },
    { role: 'conseiller', href: '/structure/lieux', label: 'Nos lieux', order: 20 },
  ],
  sitemap: [{ href: '/lieux', label: 'Trouver un lieu de médiation numérique', order: 40 }],
  policies: [lieuPolicy, registreLieuxPolicy, signalementPolicy],
  auditActions: AUDIT_ACTIONS,
  auditEntities: AUDIT_ENTITES,
  aFaire: aFaireLieux,
});
