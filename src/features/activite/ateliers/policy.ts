import type { Actor } from '../../../platform/auth/actor.ts';
import { allowedActions, allowedBy, definePolicy, EXEMPLE } from '../../../platform/policies/can.ts';

/** A workshop as the rules see it: the structure that publishes it. */
export interface AtelierResource {
  type: 'atelier';
  structureId: string;
}

export const ATELIER_ACTIONS = ['publier', 'lister', 'modifier', 'annuler', 'appel'] as const;
export type AtelierAction = (typeof ATELIER_ACTIONS)[number];

const saStructure = ({ membership }: { membership: { structureId: string | null } }, r: AtelierResource) =>
  membership.structureId !== null && r.structureId === membership.structureId;

/**
 * The advisers and the staff of a structure publish its workshops, change, cancel them and take the
 * roll call; nobody acts on another structure's workshops (the public sees them without an account).
 */
export const atelierPolicy = definePolicy<AtelierAction, AtelierResource>({
  resource: 'atelier',
  example: (own) => ({ type: 'atelier', structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure }),
  actions: ATELIER_ACTIONS,
  rules: {
    conseiller: {
      publier: saStructure,
      lister: saStructure,
      modifier: saStructure,
      annuler: saStructure,
      appel: saStructure,
    },
    structure: {
      publier: saStructure,
      lister: saStructure,
      modifier: saStructure,
      annuler: saStructure,
      appel: saStructure,
    },
  },
});

export function peutAtelier(actor: Actor | null | undefined, action: AtelierAction, structureId: string) {
  const r: AtelierResource = { type: 'atelier', structureId };
  return allowedBy(atelierPolicy, actor, action, r);
}

export function actionsAtelier(actor: Actor | null | undefined, structureId: string): Set<AtelierAction> {
  const r: AtelierResource = { type: 'atelier', structureId };
  return allowedActions(atelierPolicy, actor, r);
}
