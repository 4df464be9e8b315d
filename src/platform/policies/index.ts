import type { Actor } from '../auth/actor.ts';
import { adhesionPolicy } from './adhesion.ts';
import { auditPolicy } from './audit.ts';
import { allowedActions, allowedBy, type Policy } from './can.ts';
import { invitationPolicy } from './invitation.ts';
import { jetonApiPolicy } from './jeton-api.ts';
import { utilisateurPolicy } from './utilisateur.ts';

/** Every resource's policy, by resource type. Features add theirs here. */
export const POLICIES = {
  utilisateur: utilisateurPolicy,
  adhesion: adhesionPolicy,
  invitation: invitationPolicy,
  'jeton-api': jetonApiPolicy,
  audit: auditPolicy,
};

type Policies = typeof POLICIES;
export type ResourceType = keyof Policies;
export type ActionOf<K extends ResourceType> = Policies[K] extends Policy<infer A, infer _R> ? A : never;
export type ResourceOf<K extends ResourceType> = Policies[K] extends Policy<infer _A, infer R> ? R : never;

/** May this actor take this action on this resource? The resource's `type` picks the policy. */
export function can<K extends ResourceType>(
  actor: Actor | null | undefined,
  action: ActionOf<K>,
  resource: ResourceOf<K> & { type: K },
): boolean {
  return allowedBy(POLICIES[resource.type] as Policy<string, unknown>, actor, action, resource);
}

/** The actions allowed on a resource, for pages to show only those buttons. */
export function actionsPermises<K extends ResourceType>(
  actor: Actor | null | undefined,
  resource: ResourceOf<K> & { type: K },
): Set<ActionOf<K>> {
  return allowedActions(POLICIES[resource.type] as Policy<string, unknown>, actor, resource) as Set<
    ActionOf<K>
  >;
}

export type { AdhesionResource } from './adhesion.ts';
export { ROLES_EQUIPE_STRUCTURE } from './adhesion.ts';
export type { AuditResource } from './audit.ts';
export type { InvitationResource } from './invitation.ts';
export type { JetonApiResource } from './jeton-api.ts';
export type { UtilisateurResource } from './utilisateur.ts';
