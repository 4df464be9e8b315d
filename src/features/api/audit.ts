/** The audit actions this feature writes, with their French label for the journal. */
export const AUDIT_ACTIONS = {
  'jeton_api.cree': 'Jeton d’API créé',
  'jeton_api.revoque': 'Jeton d’API révoqué',
} as const satisfies Record<string, string>;

/** The entity types its events name. */
export const AUDIT_ENTITES: Record<string, string> = {
  jeton_api: 'Jeton d’API',
};

declare module '../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS, true> {}
}
