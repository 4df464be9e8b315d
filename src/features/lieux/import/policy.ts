import { definePolicy } from '../../../platform/policies/can.ts';

/** The national registry of places as a whole: imports and duplicate handling are ANCT's. */
export interface RegistreLieuxResource {
  type: 'registre-lieux';
}

export const REGISTRE_LIEUX: RegistreLieuxResource = { type: 'registre-lieux' };

export const REGISTRE_LIEUX_ACTIONS = ['importer', 'voir_imports', 'traiter_doublons'] as const;
export type RegistreLieuxAction = (typeof REGISTRE_LIEUX_ACTIONS)[number];

export const registreLieuxPolicy = definePolicy<RegistreLieuxAction, RegistreLieuxResource>({
  resource: 'registre-lieux',
  example: () => REGISTRE_LIEUX,
  actions: REGISTRE_LIEUX_ACTIONS,
  rules: {
    anct: { importer: true, voir_imports: true, traiter_doublons: true },
  },
});
