import { and, desc, eq, ilike, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { echapperLike } from '../../db/like.ts';
import { evenementsAudit } from '../../db/schema/index.ts';

export interface FiltresAudit {
  acteur?: string | undefined;
  action?: string | undefined;
  entite?: string | undefined;
  entite_id?: string | undefined;
  departement?: string | undefined;
  /** YYYY-MM-DD, days in Paris time, both included. */
  du?: string | undefined;
  au?: string | undefined;
}

export function conditionsAudit(f: FiltresAudit): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  const e = evenementsAudit;
  if (f.acteur) c.push(ilike(e.acteurEmail, `%${echapperLike(f.acteur)}%`));
  if (f.action) {
    // "invitation" matches every invitation.* action; a full code matches exactly.
    c.push(
      or(eq(e.action, f.action), sql`${e.action} like ${`${echapperLike(f.action.replace(/\.$/, ''))}.%`}`),
    );
  }
  if (f.entite) c.push(eq(e.entiteType, f.entite));
  if (f.entite_id) c.push(eq(e.entiteId, f.entite_id));
  if (f.departement) c.push(eq(e.departementCode, f.departement));
  if (f.du) c.push(sql`${e.survenuLe} >= (${f.du}::date::timestamp at time zone 'Europe/Paris')`);
  if (f.au) c.push(sql`${e.survenuLe} < ((${f.au}::date + 1)::timestamp at time zone 'Europe/Paris')`);
  const present = c.filter((x): x is SQL => x !== undefined);
  return present.length ? and(...present) : undefined;
}

export type EvenementAudit = typeof evenementsAudit.$inferSelect;

/** Newest first; `avant` is the id of the last event of the previous page (ids grow with insertion). */
export async function rechercherEvenements(
  db: Db,
  f: FiltresAudit,
  options: { avant?: number | null; limite: number },
): Promise<EvenementAudit[]> {
  const where = and(conditionsAudit(f), options.avant ? lt(evenementsAudit.id, options.avant) : undefined);
  return db
    .select()
    .from(evenementsAudit)
    .where(where)
    .orderBy(desc(evenementsAudit.id))
    .limit(options.limite);
}
