import type { Db } from '../../../db/client.ts';
import { calculerAvancement } from './avancement.ts';
import {
  avancementAvis,
  candidatsDepartement,
  couvertureZones,
  nomDepartement,
} from './lecture-departement.ts';
import { echeanceAvis } from './repo.ts';

/**
 * Every figure of a département's dashboard (the préfecture's page), read at once. The caller scopes
 * `dep`: the route passes the département of the préfecture's active membership, never a parameter.
 */
export async function tableauDeBordDepartement(db: Db, dep: string) {
  const [avancement, candidats, zones, avis, echeance, nom] = await Promise.all([
    calculerAvancement(db, dep),
    candidatsDepartement(db, dep),
    couvertureZones(db, dep),
    avancementAvis(db, dep),
    echeanceAvis(db),
    nomDepartement(db, dep),
  ]);
  return { avancement, candidats, zones, avis, echeance, nom };
}
