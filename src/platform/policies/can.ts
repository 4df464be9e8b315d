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
  /**
   * A resource inside the subject's scope (`inScope`) or outside it, for the generated role × action
   * matrix test: the subjects act in département EXEMPLE.departement or structure EXEMPLE.structure.
   */
  example: (inScope: boolean, subject: PolicySubject) => R;
}

/** The scopes the matrix test's subjects act in, and another one (see `Policy.example`). */
export const EXEMPLE = {
  departement: '02',
  autreDepartement: '80',
  structure: '00000000-0000-4000-8000-00000000aa01',
  autreStructure: '00000000-0000-4000-8000-00000000aa02',
} as const;

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

/** A policy of any resource type (the registry and the matrix test walk them generically). */
// biome-ignore lint/suspicious/noExplicitAny: a resource type appears in and out of a policy (invariant)
export type AnyPolicy = Policy<string, any>;
type PolicyMap = Record<string, AnyPolicy>;
type ActionOf<P> = P extends Policy<infer A, infer _R> ? A : never;
type ResourceOf<P> = P extends Policy<infer _A, infer R> ? R : never;

/**
 * The one way a feature checks its policies: `can(actor, action, resource)`, the resource's `type`
 * picking the policy among those given (a feature may include another feature's exported policy).
 */
export function policyChecker<M extends PolicyMap>(policies: M) {
  const pick = (type: string) => policies[type] as unknown as Policy<string, unknown>;
  return {
    policies: Object.values(policies),
    can<K extends keyof M & string>(
      actor: Actor | null | undefined,
      action: ActionOf<M[K]>,
      resource: ResourceOf<M[K]> & { type: K },
    ): boolean {
      return allowedBy(pick(resource.type), actor, action, resource);
    },
    actionsPermises<K extends keyof M & string>(
      actor: Actor | null | undefined,
      resource: ResourceOf<M[K]> & { type: K },
    ): Set<ActionOf<M[K]>> {
      return allowedActions(pick(resource.type), actor, resource) as Set<ActionOf<M[K]>>;
    },
  };
}
