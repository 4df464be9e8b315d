import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { candidaturesStructures, misesEnRelation } from '../../../db/schema/index.ts';
import { structuresPubliees } from '../../structures/index.ts';
import { type CandidatAApparier, eligibilite } from '../domain/eligibilite.ts';

/**
 * After a candidate changed its commune, radius or availability, automatic proposals nobody has answered
 * yet and that no longer fit are removed (a later run proposes them again if they fit again). Proposals
 * a structure answered stay: the structure decides.
 */
export async function retirerPropositionsDevenuesInadaptees(
  tx: Db,
  candidat: CandidatAApparier & { id: string },
  aujourdhui: string,
): Promise<number> {
  const rows = await tx
    .select({
      id: misesEnRelation.id,
      latitude: structuresPubliees.latitude,
      longitude: structuresPubliees.longitude,
      departementCode: structuresPubliees.departementCode,
      dateDebutMission: candidaturesStructures.dateDebutSouhaitee,
    })
    .from(misesEnRelation)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, misesEnRelation.structureId))
    .leftJoin(
      candidaturesStructures,
      and(
        eq(candidaturesStructures.structureId, structuresPubliees.id),
        eq(candidaturesStructures.statut, 'VALIDATION_COSELEC'),
      ),
    )
    .where(
      and(
        eq(misesEnRelation.candidatId, candidat.id),
        eq(misesEnRelation.statut, 'nouvelle'),
        eq(misesEnRelation.origine, 'automatique'),
      ),
    );
  const inadaptees = rows
    .filter(
      (r) =>
        r.latitude === null ||
        r.longitude === null ||
        !eligibilite(
          {
            latitude: r.latitude,
            longitude: r.longitude,
            departementCode: r.departementCode,
            dateDebutMission: r.dateDebutMission,
          },
          candidat,
          aujourdhui,
        ).eligible,
    )
    .map((r) => r.id);
  if (inadaptees.length > 0) await tx.delete(misesEnRelation).where(inArray(misesEnRelation.id, inadaptees));
  return inadaptees.length;
}
