import type { Role } from '../../../platform/auth/roles.ts';
import { definePolicy, EXEMPLE } from '../../../platform/policies/can.ts';

/** The roles a structure manager may give within its own structure. */
export const ROLES_EQUIPE_STRUCTURE: readonly Role[] = ['structure', 'conseiller', 'aidant'];

/** A membership: a role within a scope. */
export interface AdhesionResource {
  type: 'adhesion';
  role: Role;
  departementCode: string | null;
  structureId: string | null;
  /** Département of the structure, when the scope is a structure. */
  structureDepartementCode: string | null;
  /** The membership is the actor's active one (removing it would lock the actor out). */
  soiMeme?: boolean;
}

export const ADHESION_ACTIONS = ['lister', 'ajouter', 'retirer'] as const;
export type AdhesionAction = (typeof ADHESION_ACTIONS)[number];

const memeStructure = (structureId: string | null, r: AdhesionResource) =>
  structureId !== null && r.structureId === structureId;

export const adhesionPolicy = definePolicy<AdhesionAction, AdhesionResource>({
  resource: 'adhesion',
  example: (own) => ({
    type: 'adhesion',
    role: 'conseiller',
    departementCode: null,
    structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure,
    structureDepartementCode: own ? EXEMPLE.departement : EXEMPLE.autreDepartement,
  }),
  actions: ADHESION_ACTIONS,
  rules: {
    anct: { lister: true, ajouter: true, retirer: (_s, r) => !r.soiMeme },
    prefecture: {
      lister: ({ membership }, r) =>
        membership.departementCode !== null &&
        (r.departementCode === membership.departementCode ||
          r.structureDepartementCode === membership.departementCode),
    },
    // A structure manages its own team only; new members come through invitations.
    structure: {
      lister: ({ membership }, r) => memeStructure(membership.structureId, r),
      retirer: ({ membership }, r) =>
        memeStructure(membership.structureId, r) && ROLES_EQUIPE_STRUCTURE.includes(r.role) && !r.soiMeme,
    },
  },
});
