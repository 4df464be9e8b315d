import { z } from 'zod';

/**
 * A checkbox as browsers send it: present ("on", or the value of the input) when ticked, absent when not.
 * JSON clients may send a boolean; "true"/"oui" are accepted for hand-written query strings.
 * Anything else counts as not ticked — a checkbox has no invalid value.
 */
export function estCochee(valeur: unknown): boolean {
  if (Array.isArray(valeur)) return valeur.some(estCochee);
  return valeur === true || valeur === 'on' || valeur === 'true' || valeur === 'oui' || valeur === '1';
}

export const caseACocher = z.unknown().optional().transform(estCochee);
