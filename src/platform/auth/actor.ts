import type { Role } from './roles.ts';

export interface Membership {
  id: string;
  role: Role;
  departementCode: string | null;
  departementNom: string | null;
  structureId: string | null;
  structureNom: string | null;
  /** Département of the structure, when the scope is a structure. */
  structureDepartementCode: string | null;
  /** Référent aidant of its structure (Aidants Connect). */
  referent?: boolean;
}

/** A person signed in through a session. */
export interface UserActor {
  kind: 'user';
  userId: string;
  email: string;
  prenom: string;
  nom: string;
  memberships: Membership[];
  active: Membership | null;
  sessionIdHash: string;
  totpEnabled: boolean;
  totpVerified: boolean;
}

/** An API client authenticated with a bearer token. */
export interface ApiActor {
  kind: 'api';
  tokenId: string;
  nom: string;
  scopes: string[];
  departementCode: string | null;
  structureId: string | null;
}

export type Actor = UserActor | ApiActor;

export function activeRole(actor: Actor | null | undefined): Role | null {
  return actor?.kind === 'user' ? (actor.active?.role ?? null) : null;
}

/** "prefecture:02", "structure:<uuid>", "anct:national" — how audit records the acting scope. */
export function describeScope(m: Membership): string {
  if (m.structureId) return `${m.role}:${m.structureId}`;
  if (m.departementCode) return `${m.role}:${m.departementCode}`;
  return `${m.role}:national`;
}
