/** The roles a membership can carry, and how each is named to a person. */
export const ROLES = ['anct', 'prefecture', 'structure', 'conseiller', 'aidant', 'candidat'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  anct: 'ANCT (national)',
  prefecture: 'Préfecture',
  structure: 'Structure',
  conseiller: 'Conseiller numérique',
  aidant: 'Aidant',
  candidat: 'Candidat',
};

/** What scope each role is held in. */
export const ROLE_SCOPE: Record<Role, 'national' | 'departement' | 'structure' | 'personnel'> = {
  anct: 'national',
  prefecture: 'departement',
  structure: 'structure',
  conseiller: 'structure',
  aidant: 'structure',
  candidat: 'personnel',
};

/** Roles whose sessions must pass a second factor (TOTP) before using the platform. */
export const ROLES_WITH_TOTP: ReadonlySet<Role> = new Set<Role>(['aidant']);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
