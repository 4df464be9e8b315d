import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { candidaturesStructures, conventions } from '../../../db/schema/index.ts';
import { structuresPubliees } from '../../structures/index.ts';

/** One convention with where it belongs (for policies); `verrou` locks the convention row. */
export async function chargerConvention(db: Db, id: string, options: { verrou?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const q = db
    .select({
      id: conventions.id,
      numero: conventions.numero,
      statut: conventions.statut,
      postes: conventions.postes,
      montantEur: conventions.montantEur,
      dureeMois: conventions.dureeMois,
      fichierId: conventions.fichierId,
      fichierSigneId: conventions.fichierSigneId,
      candidatureId: conventions.candidatureId,
      signatureDeposeeLe: conventions.signatureDeposeeLe,
      signeeLe: conventions.signeeLe,
      motifRenvoi: conventions.motifRenvoi,
      contactEmail: candidaturesStructures.contactEmail,
      structureId: candidaturesStructures.structureId,
      structureNom: structuresPubliees.nom,
      departementCode: structuresPubliees.departementCode,
    })
    .from(conventions)
    .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, conventions.candidatureId))
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .where(eq(conventions.id, id));
  const [row] = options.verrou ? await q.for('update', { of: conventions }) : await q;
  return row ?? null;
}

export type ConventionChargee = NonNullable<Awaited<ReturnType<typeof chargerConvention>>>;

export function ressourceConvention(c: ConventionChargee) {
  return { type: 'convention' as const, structureId: c.structureId, departementCode: c.departementCode };
}
