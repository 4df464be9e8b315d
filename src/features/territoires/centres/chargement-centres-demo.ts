import type { Db } from '../../../db/client.ts';
import { CENTRES_DEMO } from './referentiel-demo.ts';
import { ecrireCentres } from './repo.ts';

/**
 * Demo mode only: gives the demo's communes their approximate centres (source 'demo'). Idempotent and
 * cheap on later starts (rows already equal are not rewritten); never overwrites an imported centre,
 * but replaces a derived one (a town hall is a better centre than the median of a few places).
 */
export async function chargerCentresDemo(db: Db): Promise<{ ecrits: number }> {
  const centres = CENTRES_DEMO.map(([code, , latitude, longitude]) => ({ code, latitude, longitude }));
  const ecrits = await ecrireCentres(db, centres, 'demo', { remplacables: ['demo', 'derive'] });
  return { ecrits: ecrits.length };
}
