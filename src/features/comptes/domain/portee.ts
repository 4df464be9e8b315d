import { ROLE_SCOPE, type Role } from '../../../platform/auth/roles.ts';

export interface ScopeInput {
  departementCode?: string | null | undefined;
  structureId?: string | null | undefined;
}

/** The scope a role is held in must be given, and nothing else: French message when it is not. */
export function scopeProblem(role: Role, scope: ScopeInput): string | null {
  const kind = ROLE_SCOPE[role];
  const hasDep = Boolean(scope.departementCode);
  const hasStructure = Boolean(scope.structureId);
  if (kind === 'departement') {
    if (!hasDep) return 'Ce rôle s’exerce sur un département : indiquez son code (par exemple 02).';
    if (hasStructure) return 'Ce rôle s’exerce sur un département, pas sur une structure.';
    return null;
  }
  if (kind === 'structure') {
    if (!hasStructure) return 'Ce rôle s’exerce dans une structure : indiquez-la.';
    if (hasDep) return 'Ce rôle s’exerce dans une structure : le département est celui de la structure.';
    return null;
  }
  if (hasDep || hasStructure) {
    return kind === 'national'
      ? 'Ce rôle est national : ni département ni structure.'
      : 'Ce rôle est personnel : ni département ni structure.';
  }
  return null;
}
