/** The workshop agenda's audit actions, with their French label for the journal. */
export const AUDIT_ATELIERS = {
  'atelier.publication': 'Atelier publié',
  'atelier.modification': 'Atelier modifié ou déplacé',
  'atelier.annulation': 'Atelier annulé',
  'atelier.inscription': 'Inscription à un atelier',
  'atelier.desinscription': 'Inscription à un atelier annulée',
  'atelier.appel': 'Présences d’un atelier relevées',
} as const satisfies Record<string, string>;

export const AUDIT_ENTITES_ATELIERS: Record<string, string> = {
  atelier: 'Atelier',
};

declare module '../../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ATELIERS, true> {}
}
