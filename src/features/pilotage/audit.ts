/** The audit actions this feature writes, with their French label for the journal. */
export const AUDIT_ACTIONS = {
  'pilotage.ifn_importe': 'Indice de fragilité numérique importé',
} as const satisfies Record<string, string>;

export const AUDIT_ENTITES: Record<string, string> = {
  pilotage_ifn: 'Indice de fragilité numérique',
};

declare module '../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS, true> {}
}
