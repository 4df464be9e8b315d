import { and, desc, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { evenementsAudit } from '../../db/schema/index.ts';

/**
 * The latest journal entries of one kind of entity whose action starts with `prefixeAction` (newest
 * first): the history a feature shows beside what it owns (the programme's settings, say). The caller
 * checked that its actor may see that history.
 */
export async function historiqueEntite(db: Db, entiteType: string, prefixeAction: string, limite = 10) {
  return db
    .select({
      action: evenementsAudit.action,
      acteur: evenementsAudit.acteurEmail,
      details: evenementsAudit.details,
      le: evenementsAudit.survenuLe,
    })
    .from(evenementsAudit)
    .where(and(eq(evenementsAudit.entiteType, entiteType), like(evenementsAudit.action, `${prefixeAction}%`)))
    .orderBy(desc(evenementsAudit.survenuLe))
    .limit(limite);
}
