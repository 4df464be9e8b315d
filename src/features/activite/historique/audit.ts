/** Audit actions of the former reports' history slice. */
export const AUDIT_ACTIONS_HISTORIQUE = {
  'activite.historique.import': 'Historique des comptes rendus d’activité importé',
} as const satisfies Record<string, string>;

export const AUDIT_ENTITES_HISTORIQUE: Record<string, string> = {
  historique_cra: 'Historique des comptes rendus d’activité',
};

declare module '../../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS_HISTORIQUE, true> {}
}
