import { describe, expect, it } from 'vitest';
import { API_EXEMPLE as API, acteurExemple as actorFor } from '../../../../tests/helpers/acteurs.ts';
import { ROLES, type Role } from '../../../platform/auth/roles.ts';
import { type Policy, policyChecker } from '../../../platform/policies/can.ts';
import { JETON_API_ACTIONS, jetonApiPolicy } from '../../api/index.ts';
import { AUDIT_ACTIONS, auditPolicy } from '../../audit/index.ts';
import { ADHESION_ACTIONS, adhesionPolicy } from './adhesion.ts';
import { INVITATION_ACTIONS, invitationPolicy } from './invitation.ts';
import { UTILISATEUR_ACTIONS, utilisateurPolicy } from './utilisateur.ts';

// The five account, token and journal policies this matrix was written for (every registered policy
// also gets the generated matrix of tests/architecture/).
const POLICIES = {
  utilisateur: utilisateurPolicy,
  adhesion: adhesionPolicy,
  invitation: invitationPolicy,
  'jeton-api': jetonApiPolicy,
  audit: auditPolicy,
};
const { can, actionsPermises } = policyChecker(POLICIES);
type ResourceType = keyof typeof POLICIES;
type ResourceOf<K extends ResourceType> = (typeof POLICIES)[K] extends Policy<infer _A, infer R> ? R : never;

const S1 = '00000000-0000-4000-8000-00000000aa01'; // a structure in the Aisne (02)
const S2 = '00000000-0000-4000-8000-00000000aa02'; // a structure in the Somme (80)

/** A resource inside the acting membership's scope (own) or in another département/structure (other). */
const RESOURCES: { [K in ResourceType]: (own: boolean) => ResourceOf<K> & { type: K } } = {
  utilisateur: (own) => ({
    type: 'utilisateur',
    departementCodes: [own ? '02' : '80'],
    agentPrefecture: true,
  }),
  adhesion: (own) => ({
    type: 'adhesion',
    role: 'conseiller',
    departementCode: null,
    structureId: own ? S1 : S2,
    structureDepartementCode: own ? '02' : '80',
  }),
  invitation: (own) => ({
    type: 'invitation',
    role: 'conseiller',
    departementCode: null,
    structureId: own ? S1 : S2,
  }),
  'jeton-api': (own) => ({ type: 'jeton-api', departementCode: own ? '02' : '80', structureId: null }),
  audit: (own) => ({ type: 'audit', departementCode: own ? '02' : '80' }),
};

/** oui: allowed everywhere; portee: only within the actor's own scope; non: never. */
type Cell = 'oui' | 'portee' | 'non';
type Row = Record<Role | 'api' | 'anonyme', Cell[]>;

const n = (count: number): Cell[] => Array(count).fill('non');

const MATRIX: { [K in ResourceType]: { actions: readonly string[]; rows: Row } } = {
  utilisateur: {
    actions: UTILISATEUR_ACTIONS, // lister, voir, desactiver, reactiver
    rows: {
      anct: ['oui', 'oui', 'oui', 'oui'],
      prefecture: ['portee', 'portee', 'portee', 'portee'],
      structure: n(4),
      conseiller: n(4),
      aidant: n(4),
      candidat: n(4),
      api: n(4),
      anonyme: n(4),
    },
  },
  adhesion: {
    actions: ADHESION_ACTIONS, // lister, ajouter, retirer
    rows: {
      anct: ['oui', 'oui', 'oui'],
      prefecture: ['portee', 'non', 'non'],
      structure: ['portee', 'non', 'portee'],
      conseiller: n(3),
      aidant: n(3),
      candidat: n(3),
      api: n(3),
      anonyme: n(3),
    },
  },
  invitation: {
    actions: INVITATION_ACTIONS, // creer, lister, annuler
    rows: {
      anct: ['oui', 'oui', 'oui'],
      prefecture: n(3),
      structure: ['portee', 'portee', 'portee'],
      conseiller: n(3),
      aidant: n(3),
      candidat: n(3),
      api: n(3),
      anonyme: n(3),
    },
  },
  'jeton-api': {
    actions: JETON_API_ACTIONS, // lister, creer, revoquer
    rows: {
      anct: ['oui', 'oui', 'oui'],
      prefecture: n(3),
      structure: n(3),
      conseiller: n(3),
      aidant: n(3),
      candidat: n(3),
      api: n(3),
      anonyme: n(3),
    },
  },
  audit: {
    actions: AUDIT_ACTIONS, // consulter, exporter
    rows: {
      anct: ['oui', 'oui'],
      prefecture: n(2),
      structure: n(2),
      conseiller: n(2),
      aidant: n(2),
      candidat: n(2),
      api: n(2),
      anonyme: n(2),
    },
  },
};

const SUBJECTS = [...ROLES, 'api', 'anonyme'] as const;

function subject(key: (typeof SUBJECTS)[number]) {
  if (key === 'api') return API;
  if (key === 'anonyme') return null;
  return actorFor(key);
}

describe('matrice rôle × action des politiques', () => {
  for (const type of Object.keys(MATRIX) as ResourceType[]) {
    const { actions, rows } = MATRIX[type];
    it(`${type} : la matrice couvre toutes les actions de la politique`, () => {
      expect([...actions]).toEqual([...POLICIES[type].actions]);
      for (const key of SUBJECTS) expect(rows[key]).toHaveLength(actions.length);
    });
    for (const key of SUBJECTS) {
      actions.forEach((action, i) => {
        const cell = rows[key][i]!;
        it(`${type} · ${key} · ${action} → ${cell}`, () => {
          const actor = subject(key);
          // biome-ignore lint/suspicious/noExplicitAny: the matrix walks every policy generically
          const check = (own: boolean) => can(actor, action as any, RESOURCES[type](own) as any);
          expect(check(true)).toBe(cell !== 'non');
          expect(check(false)).toBe(cell === 'oui');
        });
      });
    }
  }
});

describe('règles de portée particulières', () => {
  const structure = actorFor('structure');
  it('une structure n’invite que son équipe (structure, conseiller, aidant), jamais une préfecture ou l’ANCT', () => {
    for (const role of ROLES) {
      const allowed = can(structure, 'creer', {
        type: 'invitation',
        role,
        departementCode: null,
        structureId: S1,
      });
      expect(allowed, role).toBe(['structure', 'conseiller', 'aidant'].includes(role));
    }
  });
  it('une structure ne retire pas sa propre adhésion active ni un rôle hors équipe', () => {
    const base = {
      type: 'adhesion',
      role: 'structure',
      departementCode: null,
      structureId: S1,
      structureDepartementCode: '02',
    } as const;
    expect(can(structure, 'retirer', base)).toBe(true);
    expect(can(structure, 'retirer', { ...base, soiMeme: true })).toBe(false);
    expect(can(structure, 'retirer', { ...base, role: 'candidat' })).toBe(false);
  });
  it('l’ANCT ne se désactive pas elle-même', () => {
    const anct = actorFor('anct');
    expect(can(anct, 'desactiver', { type: 'utilisateur', departementCodes: [], soiMeme: true })).toBe(false);
    expect(can(anct, 'desactiver', { type: 'utilisateur', departementCodes: [] })).toBe(true);
  });
  it('une préfecture ne liste pas tout le pays (liste sans département)', () => {
    expect(can(actorFor('prefecture'), 'lister', { type: 'utilisateur', departementCodes: [] })).toBe(false);
  });
  it('un utilisateur sans rôle actif n’a aucun droit', () => {
    const sansRole = { ...actorFor('anct'), active: null };
    expect(actionsPermises(sansRole, { type: 'audit', departementCode: null }).size).toBe(0);
  });
  it('actionsPermises liste exactement les actions autorisées', () => {
    expect([...actionsPermises(actorFor('structure'), RESOURCES.adhesion(true))]).toEqual([
      'lister',
      'retirer',
    ]);
    expect([...actionsPermises(actorFor('structure'), RESOURCES.adhesion(false))]).toEqual([]);
  });
});

describe('gestion des comptes par une préfecture', () => {
  const pref = actorFor('prefecture');
  it('désactive un agent de la préfecture de son département, pas une structure, ni elle-même, ni un compte mixte', () => {
    const agent = { type: 'utilisateur' as const, departementCodes: ['02'], agentPrefecture: true };
    expect(can(pref, 'desactiver', agent)).toBe(true);
    expect(can(pref, 'desactiver', { ...agent, soiMeme: true })).toBe(false);
    expect(can(pref, 'desactiver', { ...agent, agentPrefecture: false })).toBe(false);
    expect(can(pref, 'desactiver', { ...agent, departementCodes: ['02', '80'] })).toBe(false);
    expect(can(pref, 'reactiver', { ...agent, departementCodes: ['80'] })).toBe(false);
  });
  it('invite seulement des agents de la préfecture dans son propre département', () => {
    const inv = {
      type: 'invitation' as const,
      role: 'prefecture' as Role,
      departementCode: '02' as string | null,
      structureId: null as string | null,
    };
    expect(can(pref, 'creer', inv)).toBe(true);
    expect(can(pref, 'creer', { ...inv, departementCode: '80' })).toBe(false);
    expect(can(pref, 'creer', { ...inv, role: 'anct', departementCode: null })).toBe(false);
    expect(can(pref, 'creer', { ...inv, role: 'structure', structureId: S1, departementCode: null })).toBe(
      false,
    );
    expect(can(pref, 'annuler', { ...inv, departementCode: '80' })).toBe(false);
  });
});
