/** The audit actions this feature writes, with their French label for the journal. */
export const AUDIT_ACTIONS = {
  'activite.enregistrement': 'Activité enregistrée',
} as const satisfies Record<string, string>;

/** The entity types its events name. */
export const AUDIT_ENTITES: Record<string, string> = {
  activite: 'Activité',
  beneficiaire: 'Bénéficiaire',
};

declare module '../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS, true> {}
}
