import { definePolicy, EXEMPLE, policyChecker } from '../../platform/policies/can.ts';

/** An API token given to a client (optionally restricted to a département or a structure). */
export interface JetonApiResource {
  type: 'jeton-api';
  departementCode: string | null;
  structureId: string | null;
}

export const JETON_API_ACTIONS = ['lister', 'creer', 'revoquer'] as const;
export type JetonApiAction = (typeof JETON_API_ACTIONS)[number];

export const jetonApiPolicy = definePolicy<JetonApiAction, JetonApiResource>({
  resource: 'jeton-api',
  example: (own) => ({
    type: 'jeton-api',
    departementCode: own ? EXEMPLE.departement : EXEMPLE.autreDepartement,
    structureId: null,
  }),
  actions: JETON_API_ACTIONS,
  rules: {
    anct: { lister: true, creer: true, revoquer: true },
  },
});

export const { can, actionsPermises } = policyChecker({ 'jeton-api': jetonApiPolicy });
