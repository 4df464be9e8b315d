import type { FeatureRoutes } from '../platform/http/app.tsx';
import { accueilRoutes } from './accueil/routes.tsx';
import { apiRoutes } from './api/routes-api.tsx';
import { jetonsRoutes } from './api/routes-jetons.tsx';
import { auditRoutes } from './audit/routes.tsx';
import { administrationRoutes } from './comptes/administration/routes.tsx';
import { invitationsRoutes } from './comptes/invitations/routes.tsx';
import { comptesRoutes } from './comptes/routes.tsx';
import { demoRoutes } from './demo/routes.tsx';
import { lieuxDoublonsRoutes } from './lieux/doublons/routes.tsx';
import { lieuxExportRoutes } from './lieux/export/routes.ts';
import { lieuxImportRoutes } from './lieux/import/routes.tsx';
import { lieuxApiRoutes } from './lieux/routes-api.tsx';
import { lieuxGestionRoutes } from './lieux/routes-gestion.tsx';
import { lieuxPublicRoutes } from './lieux/routes-public.tsx';
import { recrutementApiRoutes } from './recrutement/routes-api.ts';
import { recrutementPagesRoutes } from './recrutement/routes-pages.tsx';
import { santeRoutes } from './sante/routes.ts';
import { territoiresRoutes } from './territoires/routes.ts';

/** Every feature's routes, in registration order. */
export const FEATURES: FeatureRoutes[] = [
  santeRoutes,
  accueilRoutes,
  comptesRoutes,
  territoiresRoutes,
  administrationRoutes,
  invitationsRoutes,
  auditRoutes,
  lieuxPublicRoutes,
  lieuxApiRoutes,
  lieuxGestionRoutes,
  lieuxExportRoutes,
  lieuxImportRoutes,
  lieuxDoublonsRoutes,
  apiRoutes,
  jetonsRoutes,
  demoRoutes,
  recrutementPagesRoutes,
  recrutementApiRoutes,
];
