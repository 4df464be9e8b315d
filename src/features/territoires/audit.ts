/** The audit actions this feature writes, with their French label for the journal. */
export const AUDIT_ACTIONS = {
  'territoires.centres_importes': 'Centres des communes importés',
  'territoires.centres_derives': 'Centres des communes calculés',
} as const satisfies Record<string, string>;

/** The entity types its events name. */
export const AUDIT_ENTITES: Record<string, string> = {
  communes: 'Communes',
};

declare module '../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS, true> {}
}
