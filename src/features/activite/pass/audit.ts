/** Audit actions of the pass numérique slice. */
export const AUDIT_ACTIONS_PASS = {
  'activite.pass.parametres': 'Acceptation du pass numérique modifiée',
  'activite.pass.cheques': 'Chèques pass numérique enregistrés',
  'activite.pass.releve': 'Relevé de chèques pass numérique exporté',
} as const satisfies Record<string, string>;

export const AUDIT_ENTITES_PASS: Record<string, string> = {
  pass_numerique: 'Pass numérique',
};

declare module '../../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS_PASS, true> {}
}
