import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { candidats, candidaturesStructures, misesEnRelation } from '../../../db/schema/index.ts';
import { structuresPubliees } from '../../structures/index.ts';
import type { MiseEnRelationResource } from '../policy.ts';

/** One relation with what policies and rules need; `verrou` locks the relation row. */
export async function chargerMiseEnRelation(db: Db, id: string, options: { verrou?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const q = db
    .select({
      id: misesEnRelation.id,
      statut: misesEnRelation.statut,
      motifAnct: misesEnRelation.motifAnct,
      structureId: misesEnRelation.structureId,
      candidatId: misesEnRelation.candidatId,
      structureNom: structuresPubliees.nom,
      departementCode: structuresPubliees.departementCode,
      candidatUtilisateurId: candidats.utilisateurId,
      candidatPrenom: candidats.prenom,
      candidatNom: candidats.nom,
      contactEmail: sql<
        string | null
      >`(select ${candidaturesStructures.contactEmail} from ${candidaturesStructures}
        where ${candidaturesStructures.structureId} = ${misesEnRelation.structureId}
        order by ${candidaturesStructures.creeLe} desc limit 1)`,
      candidatEmail: candidats.email,
    })
    .from(misesEnRelation)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, misesEnRelation.structureId))
    .innerJoin(candidats, eq(candidats.id, misesEnRelation.candidatId))
    .where(eq(misesEnRelation.id, id));
  const [row] = options.verrou ? await q.for('update', { of: misesEnRelation }) : await q;
  return row ?? null;
}

export type MiseEnRelationChargee = NonNullable<Awaited<ReturnType<typeof chargerMiseEnRelation>>>;

export function ressourceMiseEnRelation(m: MiseEnRelationChargee): MiseEnRelationResource {
  return {
    type: 'mise-en-relation',
    structureId: m.structureId,
    departementCode: m.departementCode,
    candidatUtilisateurId: m.candidatUtilisateurId,
  };
}

export const MISE_EN_RELATION_INTROUVABLE = 'Mise en relation introuvable.';

/**
 * A hire that did not happen (declined by the candidate, refused by ANCT): the proposals its recording
 * closed reopen, if the candidate is still available. Returns how many reopened.
 */
export async function rouvrirPropositions(db: Db, candidatId: string, now: Date): Promise<number> {
  const rows = await db
    .update(misesEnRelation)
    .set({ statut: 'nouvelle', modifieLe: now })
    .where(
      and(
        eq(misesEnRelation.candidatId, candidatId),
        eq(misesEnRelation.statut, 'non_disponible'),
        sql`exists (select 1 from ${candidats} k where k.id = ${candidatId} and k.statut = 'actif')`,
      ),
    )
    .returning({ id: misesEnRelation.id });
  return rows.length;
}
