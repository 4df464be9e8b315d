import type { Actor } from '../../platform/auth/actor.ts';
import {
  allowedActions,
  allowedBy,
  definePolicy,
  EXEMPLE,
  type PolicySubject,
} from '../../platform/policies/can.ts';

/** A structure's application, described by where it is. */
export interface CandidatureResource {
  type: 'candidature-structure';
  structureId: string;
  departementCode: string;
}

export const CANDIDATURE_ACTIONS = [
  'voir',
  'modifier',
  'retirer',
  'donner_avis',
  'decider',
  'corriger',
] as const;
export type CandidatureAction = (typeof CANDIDATURE_ACTIONS)[number];

const duDepartement = ({ membership }: PolicySubject, r: { departementCode: string }) =>
  membership.departementCode !== null && membership.departementCode === r.departementCode;
const deLaStructure = ({ membership }: PolicySubject, r: { structureId: string }) =>
  membership.structureId !== null && membership.structureId === r.structureId;

export const candidaturePolicy = definePolicy<CandidatureAction, CandidatureResource>({
  resource: 'candidature-structure',
  example: (own) => ({
    type: 'candidature-structure',
    structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure,
    departementCode: own ? EXEMPLE.departement : EXEMPLE.autreDepartement,
  }),
  actions: CANDIDATURE_ACTIONS,
  rules: {
    anct: { voir: true, decider: true, corriger: true },
    prefecture: { voir: duDepartement, donner_avis: duDepartement },
    structure: { voir: deLaStructure, modifier: deLaStructure, retirer: deLaStructure },
  },
});

/** A structure ↔ candidate relation and the recruitment that follows. */
export interface MiseEnRelationResource {
  type: 'mise-en-relation';
  structureId: string;
  departementCode: string;
  candidatUtilisateurId: string | null;
}

export const MISE_EN_RELATION_ACTIONS = [
  'voir',
  'repondre',
  'recruter',
  'valider',
  'prendre_poste',
  'rompre',
  'former',
  'decliner',
  'confirmer',
] as const;
export type MiseEnRelationAction = (typeof MISE_EN_RELATION_ACTIONS)[number];

const leCandidat = ({ actor }: PolicySubject, r: MiseEnRelationResource) =>
  r.candidatUtilisateurId !== null && r.candidatUtilisateurId === actor.userId;

export const miseEnRelationPolicy = definePolicy<MiseEnRelationAction, MiseEnRelationResource>({
  resource: 'mise-en-relation',
  example: (own, { actor }) => ({
    type: 'mise-en-relation',
    structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure,
    departementCode: own ? EXEMPLE.departement : EXEMPLE.autreDepartement,
    candidatUtilisateurId: own ? actor.userId : 'autre-candidat',
  }),
  actions: MISE_EN_RELATION_ACTIONS,
  rules: {
    anct: { voir: true, valider: true, prendre_poste: true, rompre: true, former: true },
    prefecture: { voir: duDepartement },
    structure: {
      voir: deLaStructure,
      repondre: deLaStructure,
      recruter: deLaStructure,
      prendre_poste: deLaStructure,
      rompre: deLaStructure,
      former: deLaStructure,
    },
    candidat: { voir: leCandidat, decliner: leCandidat, confirmer: leCandidat },
  },
});

export interface ConventionResource {
  type: 'convention';
  structureId: string;
  departementCode: string;
}

export const CONVENTION_ACTIONS = [
  'voir',
  'telecharger',
  'deposer_signee',
  'valider_signature',
  'resilier',
] as const;
export type ConventionAction = (typeof CONVENTION_ACTIONS)[number];

export const conventionPolicy = definePolicy<ConventionAction, ConventionResource>({
  resource: 'convention',
  example: (own) => ({
    type: 'convention',
    structureId: own ? EXEMPLE.structure : EXEMPLE.autreStructure,
    departementCode: own ? EXEMPLE.departement : EXEMPLE.autreDepartement,
  }),
  actions: CONVENTION_ACTIONS,
  rules: {
    anct: { voir: true, telecharger: true, valider_signature: true, resilier: true },
    prefecture: { voir: duDepartement, telecharger: duDepartement },
    structure: { voir: deLaStructure, telecharger: deLaStructure, deposer_signee: deLaStructure },
  },
});

/** National steering of the programme. */
export interface ProgrammeResource {
  type: 'programme';
}

export const PROGRAMME_ACTIONS = ['modifier_parametres', 'gerer_sessions', 'lancer_appariement'] as const;
export type ProgrammeAction = (typeof PROGRAMME_ACTIONS)[number];

export const programmePolicy = definePolicy<ProgrammeAction, ProgrammeResource>({
  resource: 'programme',
  example: () => ({ type: 'programme' }),
  actions: PROGRAMME_ACTIONS,
  rules: { anct: { modifier_parametres: true, gerer_sessions: true, lancer_appariement: true } },
});

const POLICIES = {
  'candidature-structure': candidaturePolicy,
  'mise-en-relation': miseEnRelationPolicy,
  convention: conventionPolicy,
  programme: programmePolicy,
};
type Policies = typeof POLICIES;
type Resource = CandidatureResource | MiseEnRelationResource | ConventionResource | ProgrammeResource;
type ActionOf<R extends Resource> = Policies[R['type']]['actions'][number];

/** May this actor take this action on this resource of the recruitment programme? */
export function can<R extends Resource>(
  actor: Actor | null | undefined,
  action: ActionOf<R>,
  resource: R,
): boolean {
  // biome-ignore lint/suspicious/noExplicitAny: the resource's type picks a policy whose types match.
  return allowedBy(POLICIES[resource.type] as any, actor, action, resource);
}

export function actionsPermises<R extends Resource>(
  actor: Actor | null | undefined,
  resource: R,
): Set<ActionOf<R>> {
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  return allowedActions(POLICIES[resource.type] as any, actor, resource) as Set<ActionOf<R>>;
}
