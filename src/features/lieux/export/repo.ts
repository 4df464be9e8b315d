import { and, asc, eq, getTableColumns, gt, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux } from '../../../db/schema/index.ts';
import { depuisColonnes } from '../import/colonnes.ts';

export interface FiltreExport {
  departement?: string | undefined;
}

const { nomRecherche: _n, horairesAnalyse: _h, ...colonnes } = getTableColumns(lieux);

/**
 * Published places (merged duplicates left out) in id order, by pages of `taille` (keyset pagination,
 * so a national export never holds every row at once).
 */
export async function* lieuxPublies(db: Db, filtre: FiltreExport = {}, taille = 2000) {
  let apres: string | null = null;
  for (;;) {
    const conditions: SQL[] = [isNull(lieux.fusionneDans)];
    if (filtre.departement) conditions.push(eq(lieux.departementCode, filtre.departement));
    if (apres) conditions.push(gt(lieux.id, apres));
    const page = await db
      .select(colonnes)
      .from(lieux)
      .where(and(...conditions))
      .orderBy(asc(lieux.id))
      .limit(taille);
    if (page.length === 0) return;
    yield page.map(depuisColonnes);
    if (page.length < taille) return;
    apres = page[page.length - 1]?.id ?? null;
  }
}
