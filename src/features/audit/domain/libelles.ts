/** The French labels of the audit actions and entity types, as the feature modules declare them. */
export interface LibellesAudit {
  actions: Readonly<Record<string, string>>;
  entites: Readonly<Record<string, string>>;
}

/** A code's French label; a code nobody declared (an old event) is shown as it is. */
export function libelleAction(action: string, libelles: LibellesAudit['actions']): string {
  return libelles[action] ?? action;
}

export function libelleEntite(type: string, libelles: LibellesAudit['entites']): string {
  return libelles[type] ?? type;
}

/** Choices of a filter list, in French alphabetical order of their label. */
export function choixTries(libelles: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(libelles).sort(([, a], [, b]) => a.localeCompare(b, 'fr'));
}
