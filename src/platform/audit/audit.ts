import type { Db } from '../../db/client.ts';
import { evenementsAudit } from '../../db/schema/index.ts';
import { type Actor, describeScope } from '../auth/actor.ts';

/**
 * Every audit action code, declared by the features: each adds its codes to this interface from its
 * `audit.ts` (declaration merging), so that `recordAudit` refuses an undeclared code at compile time and
 * the journal has a French label for each.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by each feature through declaration merging
export interface AuditActions {}
export type AuditAction = keyof AuditActions & string;

export interface AuditEvent {
  actor: Actor | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null | undefined;
  departementCode?: string | null | undefined;
  structureId?: string | null | undefined;
  ip?: string | null | undefined;
  details?: Record<string, unknown> | undefined;
}

/** Writes one audit event; call it with the transaction of the mutation it records. */
export async function recordAudit(tx: Db, event: AuditEvent): Promise<void> {
  const actor = event.actor;
  await tx.insert(evenementsAudit).values({
    acteurId: actor?.kind === 'user' ? actor.userId : null,
    acteurEmail: actor?.kind === 'user' ? actor.email : actor?.kind === 'api' ? `api:${actor.nom}` : null,
    acteurRole:
      actor?.kind === 'user'
        ? actor.active
          ? describeScope(actor.active)
          : 'sans-role'
        : actor
          ? 'api'
          : null,
    action: event.action,
    entiteType: event.entityType,
    entiteId: event.entityId ?? null,
    departementCode: event.departementCode ?? null,
    structureId: event.structureId ?? null,
    ip: event.ip ?? null,
    details: event.details ?? null,
  });
}
