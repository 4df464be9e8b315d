import type { Actor } from '../../../platform/auth/actor.ts';
import { allowedBy, definePolicy, EXEMPLE, type PolicySubject } from '../../../platform/policies/can.ts';

/** The pass numérique of one structure: its settings, its cheques, its statements. */
export interface PassResource {
  type: 'pass-numerique';
  structureId: string;
}

export const PASS_ACTIONS = ['parametrer', 'consulter', 'enregistrer', 'exporter'] as const;
export type PassAction = (typeof PASS_ACTIONS)[number];

const saStructure = ({ membership }: PolicySubject, r: PassResource) =>
  membership.structureId !== null && r.structureId === membership.structureId;

/**
 * The structure manager decides whether cheques are accepted and sends the statements for
 * reimbursement; advisers record the cheques of their own activities and see the structure's list.
 */
export const passPolicy = definePolicy<PassAction, PassResource>({
  resource: 'pass-numerique',
  example: (own): PassResource => ({
    type: 'pass-numerique',
    structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure,
  }),
  actions: PASS_ACTIONS,
  rules: {
    structure: {
      parametrer: saStructure,
      consulter: saStructure,
      enregistrer: saStructure,
      exporter: saStructure,
    },
    conseiller: { consulter: saStructure, enregistrer: saStructure },
  },
});

export function peutPass(actor: Actor | null | undefined, action: PassAction): boolean {
  if (actor?.kind !== 'user' || !actor.active?.structureId) return false;
  return allowedBy<PassAction, PassResource>(passPolicy, actor, action, {
    type: 'pass-numerique',
    structureId: actor.active.structureId,
  });
}
