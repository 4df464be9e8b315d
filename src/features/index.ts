import { buildRegistry, type Registry } from '../platform/module/registry.ts';
import { accueilModule } from './accueil/module.ts';
import { activiteModule } from './activite/module.ts';
import { apiModule } from './api/module.ts';
import { auditModule } from './audit/module.ts';
import { comptesModule } from './comptes/module.ts';
import { demoModule } from './demo/module.ts';
import { lieuxModule } from './lieux/module.ts';
import { pilotageModule } from './pilotage/module.ts';
import { recrutementModule } from './recrutement/module.ts';
import { santeModule } from './sante/module.ts';
import { structuresModule } from './structures/module.ts';
import { tachesModule } from './taches/module.ts';
import { territoiresModule } from './territoires/module.ts';

/**
 * Every feature of the platform, the one list of them. Order matters for startup tasks (reference
 * geography first, then the accounts the demo data belongs to) and route registration.
 */
export const MODULES = [
  santeModule,
  accueilModule,
  territoiresModule,
  structuresModule,
  comptesModule,
  auditModule,
  lieuxModule,
  apiModule,
  demoModule,
  recrutementModule,
  activiteModule,
  tachesModule,
  pilotageModule,
];

let registry: Registry | undefined;

/** The modules' registry, built once per process. */
export function registre(): Registry {
  registry ??= buildRegistry(MODULES);
  return registry;
}
