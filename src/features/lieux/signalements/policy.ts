import type { Actor } from '../../../platform/auth/actor.ts';
import { allowedBy, definePolicy, EXEMPLE } from '../../../platform/policies/can.ts';

/** An error report on a place, as its queue sees it: the place's owner structure (null: nobody). */
export interface SignalementResource {
  type: 'signalement-lieu';
  structureId: string | null;
}

export const SIGNALEMENT_ACTIONS = ['lister', 'traiter'] as const;
export type SignalementAction = (typeof SIGNALEMENT_ACTIONS)[number];

const saStructure = (
  { membership }: { membership: { structureId: string | null } },
  r: SignalementResource,
) => membership.structureId !== null && r.structureId === membership.structureId;

/**
 * "Signaler une erreur" reports: the owner structure handles those on its places, ANCT every one
 * (places owned by nobody in Maillage included). Nobody sees another structure's reports.
 */
export const signalementPolicy = definePolicy<SignalementAction, SignalementResource>({
  resource: 'signalement-lieu',
  example: (own) => ({
    type: 'signalement-lieu',
    structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure,
  }),
  actions: SIGNALEMENT_ACTIONS,
  rules: {
    structure: { lister: saStructure, traiter: saStructure },
    anct: { lister: true, traiter: true },
  },
});

/** Which reports a person's queue holds: one structure's, or all (ANCT); null: none. */
export type PerimetreSignalements = { structureId: string } | { tout: true };

export function perimetreSignalements(actor: Actor | null | undefined): PerimetreSignalements | null {
  if (actor?.kind !== 'user' || !actor.active) return null;
  if (actor.active.role === 'anct') return { tout: true };
  const structureId = actor.active.structureId;
  if (actor.active.role === 'structure' && structureId) {
    return allowedBy(signalementPolicy, actor, 'lister', { type: 'signalement-lieu', structureId })
      ? { structureId }
      : null;
  }
  return null;
}
