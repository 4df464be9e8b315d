import type { ApiActor, Membership, UserActor } from '../../src/platform/auth/actor.ts';
import type { Role } from '../../src/platform/auth/roles.ts';
import { EXEMPLE } from '../../src/platform/policies/can.ts';

/**
 * The policy tests' subjects: ANCT and candidates act nationally, a préfecture in département
 * EXEMPLE.departement, every other role in structure EXEMPLE.structure (of that département).
 */
export function membershipExemple(role: Role): Membership {
  const base = { id: `m-${role}`, role, departementNom: null, structureNom: null };
  switch (role) {
    case 'anct':
    case 'candidat':
      return { ...base, departementCode: null, structureId: null, structureDepartementCode: null };
    case 'prefecture':
      return {
        ...base,
        departementCode: EXEMPLE.departement,
        structureId: null,
        structureDepartementCode: null,
      };
    default:
      return {
        ...base,
        departementCode: null,
        structureId: EXEMPLE.structure,
        structureDepartementCode: EXEMPLE.departement,
      };
  }
}

export function acteurExemple(role: Role): UserActor {
  const m = membershipExemple(role);
  return {
    kind: 'user',
    userId: `u-${role}`,
    email: `${role}@exemple.fr`,
    prenom: 'P',
    nom: 'N',
    memberships: [m],
    active: m,
    sessionIdHash: 'x',
    totpEnabled: false,
    totpVerified: false,
  };
}

/** An API client holding every scope, restricted to the same département and structure. */
export const API_EXEMPLE: ApiActor = {
  kind: 'api',
  tokenId: 't',
  nom: 'client',
  scopes: ['lecture', 'lieux:ecriture', 'recrutement:lecture'],
  departementCode: EXEMPLE.departement,
  structureId: EXEMPLE.structure,
};
