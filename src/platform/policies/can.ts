import type { Actor, Membership, UserActor } from '../auth/actor.ts';
import type { Role } from '../auth/roles.ts';

/** Who is acting, as the rules see it: the person and the membership they act in. */
export interface PolicySubject {
  actor: UserActor;
  membership: Membership;
}

/** `true`: always allowed for that role; a function: allowed when the resource is within the actor's scope. */
export type Rule<R> = true | ((subject: PolicySubject, resource: R) => boolean);

/**
 * A policy is a table: role → action → rule. A missing cell means "refused".
 * Only the active membership counts: a person acts in one role at a time. API tokens never pass these
 * policies (account management is for people).
 */
export interface Policy<A extends string, R> {
  resource: string;
  actions: readonly A[];
  rules: Partial<Record<Role, Partial<Record<A, Rule<R>>>>>;
}

export function definePolicy<A extends string, R>(policy: Policy<A, R>): Policy<A, R> {
  return policy;
}

export function allowedBy<A extends string, R>(
  policy: Policy<A, R>,
  actor: Actor | null | undefined,
  action: A,
  resource: R,
): boolean {
  if (actor?.kind !== 'user' || !actor.active) return false;
  const rule = policy.rules[actor.active.role]?.[action];
  if (rule === undefined) return false;
  if (rule === true) return true;
  return rule({ actor, membership: actor.active }, resource);
}

/** Every action of a policy the actor may take on a resource: pages show only these buttons. */
export function allowedActions<A extends string, R>(
  policy: Policy<A, R>,
  actor: Actor | null | undefined,
  resource: R,
): Set<A> {
  return new Set(policy.actions.filter((a) => allowedBy(policy, actor, a, resource)));
}
