import type { Actor } from '../../../platform/auth/actor.ts';
import { allowedActions, allowedBy, definePolicy, EXEMPLE } from '../../../platform/policies/can.ts';

/** A place as management sees it: who owns it (null: nobody in Maillage). */
export interface LieuResource {
  type: 'lieu';
  structureId: string | null;
}

export const LIEU_ACTIONS = ['lister', 'creer', 'modifier', 'confirmer', 'voir_a_actualiser'] as const;
export type LieuAction = (typeof LIEU_ACTIONS)[number];

const saStructure = ({ membership }: { membership: { structureId: string | null } }, r: LieuResource) =>
  membership.structureId !== null && r.structureId === membership.structureId;

/**
 * A structure manages its own places; its advisers keep them fresh (edit, confirm) but do not create
 * any; ANCT follows the stale ones nationally. Nobody edits a place of another structure.
 */
export const lieuPolicy = definePolicy<LieuAction, LieuResource>({
  resource: 'lieu',
  example: (own) => ({ type: 'lieu', structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure }),
  actions: LIEU_ACTIONS,
  rules: {
    structure: { lister: saStructure, creer: saStructure, modifier: saStructure, confirmer: saStructure },
    conseiller: { lister: saStructure, modifier: saStructure, confirmer: saStructure },
    anct: { voir_a_actualiser: true },
  },
});

export function peut(actor: Actor | null | undefined, action: LieuAction, lieu: LieuResource): boolean {
  return allowedBy(lieuPolicy, actor, action, lieu);
}

export function actionsLieu(actor: Actor | null | undefined, lieu: LieuResource): Set<LieuAction> {
  return allowedActions(lieuPolicy, actor, lieu);
}
