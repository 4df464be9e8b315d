import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../../db/client.ts';
import { lignes } from '../../../../db/sql.ts';
import { lignesCommunesAnnee, lignesJour, lignesMois, lignesPresences } from './contributions.ts';

/** Every month that has raw rows or summary rows (YYYY-MM), in order. */
export async function moisAvecDonnees(db: Db): Promise<string[]> {
  const rows = await lignes(
    db,
    sql`select distinct to_char(date, 'YYYY-MM') as mois from activites
      union select mois from activite_stats_mois where mois not like '%-00'
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
    // Yearly rows are rebuilt by recalculerAnnee; a month never deletes them.
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

/** Rebuilds the yearly rows (communes by year) of one year (YYYY), in one transaction. */
export async function recalculerAnnee(db: Db, annee: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table activite_stats_mois in share row exclusive mode`);
    await tx.execute(sql`delete from activite_stats_mois where mois = ${`${annee}-00`}`);
    await tx.execute(sql`insert into activite_stats_mois
        (departement_code, thematique, type, mois, dimension, valeur, n)
      select departement_code, thematique, type, mois, dimension, valeur, n from (${lignesCommunesAnnee(annee)}) l`);
  });
}

/** The years of a month list (plus those with yearly rows), in order. */
export async function anneesAvecDonnees(db: Db, mois: string[]): Promise<string[]> {
  const rows = await lignes(
    db,
    sql`select distinct left(mois, 4) as annee from activite_stats_mois where mois like '%-00'`,
    z.object({ annee: z.string() }),
  );
  return [...new Set([...mois.map((m) => m.slice(0, 4)), ...rows.map((r) => r.annee)])].sort();
}

/** Rebuilds every month then every year, one transaction each; `avancement` is told after each. */
export async function recalculerCompteurs(
  db: Db,
  avancement: (fait: number, total: number, etape: string) => void = () => {},
): Promise<{ mois: number }> {
  const liste = await moisAvecDonnees(db);
  const annees = await anneesAvecDonnees(db, liste);
  const total = liste.length + annees.length;
  for (const [i, mois] of liste.entries()) {
    await recalculerMois(db, mois);
    avancement(i + 1, total, mois);
  }
  for (const [i, annee] of annees.entries()) {
    await recalculerAnnee(db, annee);
    avancement(liste.length + i + 1, total, annee);
  }
  return { mois: liste.length };
}
