import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const evenementsAudit = pgTable(
  'evenements_audit',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    survenuLe: timestamp('survenu_le', { withTimezone: true }).notNull().defaultNow(),
    acteurId: uuid('acteur_id'),
    acteurEmail: text('acteur_email'),
    /** The active role and scope when acting, e.g. "prefecture:02". */
    acteurRole: text('acteur_role'),
    action: text('action').notNull(),
    entiteType: text('entite_type').notNull(),
    entiteId: text('entite_id'),
    departementCode: text('departement_code'),
    structureId: uuid('structure_id'),
    ip: text('ip'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_survenu_idx').on(t.survenuLe),
    index('audit_acteur_idx').on(t.acteurId),
    index('audit_entite_idx').on(t.entiteType, t.entiteId),
  ],
);
