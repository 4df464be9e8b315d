import { defineModule } from '../../platform/module/module.ts';
import { AUDIT_ENTITES } from './audit.ts';

/** The structures (associations, collectivités, France Services…) every other feature refers to. */
export const structuresModule = defineModule({ name: 'structures', auditEntities: AUDIT_ENTITES });
