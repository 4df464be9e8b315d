import { type Actor, activeRole } from '../../../platform/auth/actor.ts';

/**
 * Who may import or derive commune centres: the operator (CLI or scheduler, actor null) and the ANCT.
 * Reading centres is public (reference data).
 */
export function peutGererCentres(actor: Actor | null): boolean {
  return actor === null || activeRole(actor) === 'anct';
}
