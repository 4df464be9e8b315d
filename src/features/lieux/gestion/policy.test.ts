import { describe, expect, it } from 'vitest';
import type { Membership, UserActor } from '../../../platform/auth/actor.ts';
import type { Role } from '../../../platform/auth/roles.ts';
import { LIEU_ACTIONS, type LieuAction, peut } from './policy.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

function acteur(role: Role, structureId: string | null = null): UserActor {
  const m: Membership = {
    id: 'm',
    role,
    departementCode: role === 'prefecture' ? '02' : null,
    departementNom: null,
    structureId,
    structureNom: null,
    structureDepartementCode: null,
  };
  return {
    kind: 'user',
    userId: 'u',
    email: 'x@y.fr',
    prenom: 'P',
    nom: 'N',
    memberships: [m],
    active: m,
    sessionIdHash: 'h',
    totpEnabled: false,
    totpVerified: false,
  };
}

const ATTENDU: [string, UserActor | null, Partial<Record<LieuAction, boolean>>][] = [
  [
    'structure A sur un lieu de A',
    acteur('structure', A),
    { lister: true, creer: true, modifier: true, confirmer: true },
  ],
  [
    'conseiller de A sur un lieu de A',
    acteur('conseiller', A),
    { lister: true, modifier: true, confirmer: true },
  ],
  ['ANCT', acteur('anct'), { voir_a_actualiser: true }],
  ['préfecture', acteur('prefecture'), {}],
  ['aidant de A', acteur('aidant', A), {}],
  ['anonyme', null, {}],
];

describe('politique des lieux : rôle × action', () => {
  for (const [nom, a, permis] of ATTENDU) {
    it(nom, () => {
      for (const action of LIEU_ACTIONS) {
        expect(peut(a, action, { type: 'lieu', structureId: A }), action).toBe(permis[action] ?? false);
      }
    });
  }
  it('une structure ne touche pas aux lieux d’une autre, ni aux lieux sans gestionnaire', () => {
    for (const action of ['modifier', 'confirmer', 'lister'] as const) {
      expect(peut(acteur('structure', B), action, { type: 'lieu', structureId: A })).toBe(false);
      expect(peut(acteur('structure', B), action, { type: 'lieu', structureId: null })).toBe(false);
    }
  });
});
