import { type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../../db/client.ts';
import { lignes } from '../../../../db/sql.ts';
import { lignesJour, lignesMois, lignesPresences, type Perimetre } from './contributions.ts';

export interface Ecart {
  table: 'activite_stats_jour' | 'activite_stats_mois' | 'activite_stats_presences';
  /** The row's key, readable. */
  cle: string;
  colonne: string;
  attendu: number;
  trouve: number;
}

const ligneEcart = z.object({
  cle: z.string(),
  colonne: z.string(),
  attendu: z.coerce.number().int(),
  trouve: z.coerce.number().int(),
});

/** Rows where the stored value differs from the recount (a missing row counts as 0). */
function comparer(table: string, cles: string[], colonnes: string[], attendu: SQL, filtre: SQL): SQL {
  const on = sql.raw(cles.map((k) => `e.${k} = r.${k}`).join(' and '));
  const cle = sql.raw(
    `concat_ws(' · ', ${cles.map((k) => `'${k}=' || coalesce(e.${k}, r.${k})::text`).join(', ')})`,
  );
  const branches = colonnes.map(
    (col) => sql`select ${cle} as cle, ${col} as colonne, coalesce(e.${sql.raw(col)}, 0) as attendu,
        coalesce(r.${sql.raw(col)}, 0) as trouve
      from (${attendu}) e
      full outer join (select * from ${sql.raw(table)} where ${filtre}) r on ${on}
      where coalesce(e.${sql.raw(col)}, 0) <> coalesce(r.${sql.raw(col)}, 0)`,
  );
  return sql.join(branches, sql` union all `);
}

function filtreMois(p: Perimetre, colonne: 'jour' | 'mois'): SQL {
  if (p.sorte !== 'mois') return sql`true`;
  return colonne === 'jour' ? sql`to_char(jour, 'YYYY-MM') = ${p.mois}` : sql`mois = ${p.mois}`;
}

/** Recounts the summary tables from the raw rows (all of them, or one month) and lists the differences. */
export async function verifierCompteurs(db: Db, p: Perimetre = { sorte: 'tout' }): Promise<Ecart[]> {
  if (p.sorte === 'activites') throw new Error('verifierCompteurs: périmètre tout ou mois seulement');
  const jour = await lignes(
    db,
    comparer(
      'activite_stats_jour',
      ['departement_code', 'thematique', 'type', 'jour'],
      ['activites', 'accompagnements'],
      lignesJour(p),
      filtreMois(p, 'jour'),
    ),
    ligneEcart,
  );
  const mois = await lignes(
    db,
    comparer(
      'activite_stats_mois',
      ['departement_code', 'thematique', 'type', 'mois', 'dimension', 'valeur'],
      ['n'],
      lignesMois(p),
      filtreMois(p, 'mois'),
    ),
    ligneEcart,
  );
  const presences = await lignes(
    db,
    comparer(
      'activite_stats_presences',
      ['departement_code', 'type', 'thematique', 'anonyme', 'mois', 'mois_precedent'],
      ['n'],
      lignesPresences(p.sorte === 'mois' ? { mois: p.mois } : {}),
      filtreMois(p, 'mois'),
    ),
    ligneEcart,
  );
  return [
    ...jour.map((e) => ({ table: 'activite_stats_jour' as const, ...e })),
    ...mois.map((e) => ({ table: 'activite_stats_mois' as const, ...e })),
    ...presences.map((e) => ({ table: 'activite_stats_presences' as const, ...e })),
  ];
}

/** "Écart … : attendu 3, trouvé 4" — one line per difference, for the command line. */
export function decrireEcart(e: Ecart): string {
  return `${e.table} [${e.cle}] ${e.colonne} : attendu ${e.attendu}, trouvé ${e.trouve}`;
}
