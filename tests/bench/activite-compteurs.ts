/**
 * The summary tables' rebuild and check, as the benchmark calls them (the statistics feature's own
 * functions: `maillage activite compteurs recalculer|verifier`).
 */
import type { Db } from '../../src/db/client.ts';
import { recalculerCompteurs } from '../../src/features/activite/statistiques/compteurs/recalculer.ts';
import { verifierCompteurs as verifier } from '../../src/features/activite/statistiques/compteurs/verifier.ts';

export async function reconstruireCompteurs(
  db: Db,
  avancement?: (fait: number, total: number) => void,
): Promise<void> {
  await recalculerCompteurs(db, avancement);
}

/** Number of differences between the summary tables and a raw recount; null: not available. */
export async function verifierCompteurs(db: Db): Promise<number | null> {
  return (await verifier(db)).length;
}
