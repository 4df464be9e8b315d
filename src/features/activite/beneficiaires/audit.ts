/** The audit actions of the beneficiaries slice (no personal data in their details). */
export const AUDIT_BENEFICIAIRES = {
  'activite.beneficiaire.modification': 'Bénéficiaire modifié',
  'activite.beneficiaire.fusion': 'Bénéficiaires en double fusionnés',
  'activite.beneficiaire.consentement': 'Consentement d’un bénéficiaire enregistré',
  'activite.beneficiaire.export': 'Données d’un bénéficiaire exportées',
  'activite.beneficiaire.effacement': 'Données d’un bénéficiaire effacées à sa demande',
  'activite.beneficiaire.effacement_automatique':
    'Données des bénéficiaires sans accompagnement récent effacées (durée de conservation)',
} as const satisfies Record<string, string>;

declare module '../../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_BENEFICIAIRES, true> {}
}
