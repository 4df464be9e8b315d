import { definePolicy, EXEMPLE, policyChecker } from '../../platform/policies/can.ts';

/** The audit log (optionally one département's part of it). */
export interface AuditResource {
  type: 'audit';
  departementCode: string | null;
}

export const AUDIT_ACTIONS = ['consulter', 'exporter'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditPolicy = definePolicy<AuditAction, AuditResource>({
  resource: 'audit',
  example: (own) => ({
    type: 'audit',
    departementCode: own ? EXEMPLE.departement : EXEMPLE.autreDepartement,
  }),
  actions: AUDIT_ACTIONS,
  rules: {
    anct: { consulter: true, exporter: true },
  },
});

export const { can, actionsPermises } = policyChecker({ audit: auditPolicy });
