import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { tachesFond } from '../../db/schema/index.ts';
import { reveillerTravailleurs } from './reveil.ts';

export type Tache = typeof tachesFond.$inferSelect;

/** One task, for the page that follows it (the caller checked the person may see it). */
export async function tacheParId(db: Db, id: string): Promise<Tache | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(tachesFond).where(eq(tachesFond.id, id));
  return row ?? null;
}

/** Queues an interrupted or failed task again, with the same parameters. Returns whether it was. */
export async function relancerTache(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(tachesFond)
    .set({ statut: 'en_attente', erreur: null, debutLe: null, finLe: null, travailleur: null, fait: 0 })
    .where(and(eq(tachesFond.id, id), inArray(tachesFond.statut, ['interrompue', 'echouee'])))
    .returning({ id: tachesFond.id });
  if (rows.length > 0) reveillerTravailleurs();
  return rows.length > 0;
}
