import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { parametresProgramme } from '../../../db/schema/index.ts';
import { historiqueEntite } from '../../audit/index.ts';
import { utilisateursPublies } from '../../comptes/index.ts';

/** Read side of ANCT's programme settings page. */

/** Who last changed the programme's figures, and when. */
export async function derniereModificationParametres(db: Db) {
  const [row] = await db
    .select({
      le: parametresProgramme.modifieLe,
      prenom: utilisateursPublies.prenom,
      nom: utilisateursPublies.nom,
    })
    .from(parametresProgramme)
    .leftJoin(utilisateursPublies, eq(utilisateursPublies.id, parametresProgramme.modifiePar));
  return row ?? null;
}

/** The audit trail of the programme's parameters and milestones (newest first). */
export function historiqueProgramme(db: Db, limite = 10) {
  return historiqueEntite(db, 'programme', 'programme.', limite);
}
