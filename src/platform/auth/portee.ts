import type { Actor } from './actor.ts';

/**
 * What part of the programme an actor acts on: everything, one département, one structure, or itself.
 * Every scoped query takes a Portee; only this function turns an actor into one.
 */
export type Portee =
  | { type: 'national' }
  | { type: 'departement'; code: string }
  | { type: 'structure'; id: string }
  | { type: 'candidat'; utilisateurId: string }
  | { type: 'aucune' };

export function porteeDe(actor: Actor | null | undefined): Portee {
  if (!actor) return { type: 'aucune' };
  if (actor.kind === 'api') {
    if (actor.structureId) return { type: 'structure', id: actor.structureId };
    if (actor.departementCode) return { type: 'departement', code: actor.departementCode };
    return { type: 'national' };
  }
  const m = actor.active;
  if (!m) return { type: 'aucune' };
  switch (m.role) {
    case 'anct':
      return { type: 'national' };
    case 'prefecture':
      return m.departementCode ? { type: 'departement', code: m.departementCode } : { type: 'aucune' };
    case 'structure':
      return m.structureId ? { type: 'structure', id: m.structureId } : { type: 'aucune' };
    case 'candidat':
      return { type: 'candidat', utilisateurId: actor.userId };
    default:
      return { type: 'aucune' };
  }
}

/** Whether a département is inside the scope (a structure's own département is checked by its owner). */
export function departementDansPortee(portee: Portee, code: string): boolean {
  return portee.type === 'national' || (portee.type === 'departement' && portee.code === code);
}
