import { describe, expect, it } from 'vitest';
import { registre } from '../../src/features/index.ts';
import type { Membership } from '../../src/platform/auth/actor.ts';
import { ROLES } from '../../src/platform/auth/roles.ts';
import { allowedBy, type PolicySubject } from '../../src/platform/policies/can.ts';
import {
  API_EXEMPLE as API,
  acteurExemple as actorFor,
  membershipExemple as membership,
} from '../helpers/acteurs.ts';

// The role × action matrix of every policy a module registers, generated: each cell says whether the
// role may act everywhere (oui), only within its own scope (portee) or never (non). The snapshot makes
// every change of rights visible in review; the invariants below hold for every policy.

const policies = registre().policies;

describe('matrice générée de chaque politique enregistrée', () => {
  it('chaque module déclare ses politiques, une par ressource', () => {
    expect(policies.map((p) => p.resource).sort()).toMatchSnapshot();
  });
  for (const policy of policies) {
    it(`${policy.resource} : rôle × action`, () => {
      const matrice: Record<string, Record<string, string>> = {};
      for (const role of ROLES) {
        const actor = actorFor(role);
        const subject: PolicySubject = { actor, membership: actor.active as Membership };
        matrice[role] = {};
        for (const action of policy.actions) {
          const dedans = allowedBy(policy, actor, action, policy.example(true, subject));
          const dehors = allowedBy(policy, actor, action, policy.example(false, subject));
          // Allowed outside but not inside its own scope would be a rule written backwards.
          expect(!dehors || dedans, `${role} · ${action}`).toBe(true);
          matrice[role][action] = dehors ? 'oui' : dedans ? 'portee' : 'non';
        }
      }
      expect(matrice).toMatchSnapshot();
    });
    it(`${policy.resource} : un jeton d’API, une personne sans rôle ou anonyme n’ont aucun droit`, () => {
      const sansRole = { ...actorFor('anct'), active: null };
      const subject: PolicySubject = { actor: actorFor('anct'), membership: membership('anct') };
      for (const action of policy.actions) {
        for (const inScope of [true, false]) {
          const r = policy.example(inScope, subject);
          expect(allowedBy(policy, API, action, r)).toBe(false);
          expect(allowedBy(policy, null, action, r)).toBe(false);
          expect(allowedBy(policy, sansRole, action, r)).toBe(false);
        }
      }
    });
  }
});
