/** The audit actions this feature writes, with their French label for the journal. */
export const AUDIT_ACTIONS = {} as const satisfies Record<string, string>;

/** The entity types its events name. */
export const AUDIT_ENTITES: Record<string, string> = {
  structure: 'Structure',
};
