/** The audit feature's public surface: what other features may use. */

export { historiqueEntite } from './historique.ts';
export type { AuditResource } from './policy.ts';
export { AUDIT_ACTIONS, auditPolicy } from './policy.ts';
