import type { Role } from '../../../platform/auth/roles.ts';
import { definePolicy, EXEMPLE } from '../../../platform/policies/can.ts';
import { ROLES_EQUIPE_STRUCTURE } from './adhesion.ts';

/** An invitation to hold a role within a scope. */
export interface InvitationResource {
  type: 'invitation';
  role: Role;
  departementCode: string | null;
  structureId: string | null;
}

export const INVITATION_ACTIONS = ['creer', 'lister', 'annuler'] as const;
export type InvitationAction = (typeof INVITATION_ACTIONS)[number];

const memeStructure = (structureId: string | null, r: InvitationResource) =>
  structureId !== null && r.structureId === structureId;

const memeDepartement = (departementCode: string | null, r: InvitationResource) =>
  departementCode !== null && r.departementCode === departementCode && r.structureId === null;

export const invitationPolicy = definePolicy<InvitationAction, InvitationResource>({
  resource: 'invitation',
  example: (own) => ({
    type: 'invitation',
    role: 'conseiller',
    departementCode: null,
    structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure,
  }),
  actions: INVITATION_ACTIONS,
  rules: {
    // ANCT invites any role (notably préfecture agents for their département).
    anct: { creer: true, lister: true, annuler: true },
    // A préfecture invites its own colleagues: the préfecture role, in its own département.
    prefecture: {
      creer: ({ membership }, r) => memeDepartement(membership.departementCode, r) && r.role === 'prefecture',
      lister: ({ membership }, r) => memeDepartement(membership.departementCode, r),
      annuler: ({ membership }, r) =>
        memeDepartement(membership.departementCode, r) && r.role === 'prefecture',
    },
    // A structure invites its own staff into its own structure.
    structure: {
      creer: ({ membership }, r) =>
        memeStructure(membership.structureId, r) && ROLES_EQUIPE_STRUCTURE.includes(r.role),
      lister: ({ membership }, r) => memeStructure(membership.structureId, r),
      annuler: ({ membership }, r) => memeStructure(membership.structureId, r),
    },
  },
});
