import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { activiteHistoriqueCra } from '../../../db/schema/index.ts';
import type { LigneCra } from './domain.ts';

export interface HistoriqueCra {
  departements: (LigneCra & { importeLe: Date })[];
  /** Sums over the rows returned. */
  total: Omit<LigneCra, 'departementCode'>;
}

function additionner(cible: Record<string, number>, source: Record<string, number>) {
  for (const [k, n] of Object.entries(source)) cible[k] = (cible[k] ?? 0) + n;
}

/**
 * The former activity reports (2021–2024) per département, with their totals; one département when
 * `departementCode` is given. Public aggregates: the statistics pages show them beside live figures.
 */
export async function historiqueCra(db: Db, departementCode?: string): Promise<HistoriqueCra> {
  const rows = await db
    .select()
    .from(activiteHistoriqueCra)
    .where(departementCode ? eq(activiteHistoriqueCra.departementCode, departementCode) : undefined)
    .orderBy(asc(activiteHistoriqueCra.departementCode));
  const total: HistoriqueCra['total'] = {
    usagers: 0,
    accompagnements: 0,
    themes: {},
    themesActuels: {},
    statut: {},
    accompagnement: {},
    activite: {},
    ages: {},
  };
  for (const r of rows) {
    total.usagers += r.usagers;
    total.accompagnements += r.accompagnements;
    for (const g of ['themes', 'themesActuels', 'statut', 'accompagnement', 'activite', 'ages'] as const)
      additionner(total[g], r[g]);
  }
  return { departements: rows, total };
}
