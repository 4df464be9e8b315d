import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../../db/client.ts';
import { lignes } from '../../../../db/sql.ts';
import { lignesJour, lignesMois, lignesPresences } from './contributions.ts';

/** Every month that has raw rows or summary rows (YYYY-MM), in order. */
export async function moisAvecDonnees(db: Db): Promise<string[]> {
  const rows = await lignes(
    db,
    sql`select distinct to_char(date, 'YYYY-MM') as mois from activites
      union select mois from activite_stats_mois
      union select mois from activite_stats_presences
      union select to_char(jour, 'YYYY-MM') from activite_stats_jour
      order by 1`,
    z.object({ mois: z.string() }),
  );
  return rows.map((r) => r.mois);
}

/**
 * Rebuilds one month of the summary tables from the raw rows, in one transaction: its rows are
 * deleted and recounted. The presence chains of a month only depend on earlier raw rows, so months
 * can be rebuilt one by one and in any order.
 */
export async function recalculerMois(db: Db, mois: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Serialise with writers of the same rows: a recording waits for the rebuild of its month.
    await tx.execute(sql`lock table activite_stats_jour, activite_stats_mois, activite_stats_presences
      in share row exclusive mode`);
    await tx.execute(sql`delete from activite_stats_jour where to_char(jour, 'YYYY-MM') = ${mois}`);
    await tx.execute(sql`delete from activite_stats_mois where mois = ${mois}`);
    await tx.execute(sql`delete from activite_stats_presences where mois = ${mois}`);
    const p = { sorte: 'mois' as const, mois };
    await tx.execute(sql`insert into activite_stats_jour
        (departement_code, thematique, type, jour, activites, accompagnements)
      select departement_code, thematique, type, jour, activites, accompagnements from (${lignesJour(p)}) l`);
    await tx.execute(sql`insert into activite_stats_mois
        (departement_code, thematique, type, mois, dimension, valeur, n)
      select departement_code, thematique, type, mois, dimension, valeur, n from (${lignesMois(p)}) l`);
    await tx.execute(sql`insert into activite_stats_presences
        (departement_code, type, thematique, anonyme, mois, mois_precedent, n)
      select departement_code, type, thematique, anonyme, mois, mois_precedent, n
      from (${lignesPresences({ mois })}) l`);
  });
}

/** Rebuilds every month, one transaction per month; `avancement` is told after each. */
export async function recalculerCompteurs(
  db: Db,
  avancement: (fait: number, total: number, mois: string) => void = () => {},
): Promise<{ mois: number }> {
  const liste = await moisAvecDonnees(db);
  for (const [i, mois] of liste.entries()) {
    await recalculerMois(db, mois);
    avancement(i + 1, liste.length, mois);
  }
  return { mois: liste.length };
}
