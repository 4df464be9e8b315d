import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { structureEcrivante } from './droits.ts';
import {
  autreProvenance,
  provenanceDe,
  sourceApi,
  supprimerLieu,
  supprimerProvenance,
  verrouillerIdSource,
} from './repo.ts';

/**
 * A structure's software removes one of its places (DELETE): the place and its provenance are deleted,
 * unless another source feeds the place since a merge (then only this structure's provenance goes).
 * An id of another structure is simply unknown: its places are never reached.
 */
export async function retirerLieuSource(
  ctx: UseCaseContext,
  idSource: string,
): Promise<Result<{ id: string; lieuSupprime: boolean }>> {
  const droit = structureEcrivante(ctx.actor);
  if (!droit.ok) return droit;
  const { structureId } = droit.value;
  const source = sourceApi(structureId);
  return inTransaction(ctx, async (tx) => {
    await verrouillerIdSource(tx.db, source, idSource);
    const connue = await provenanceDe(tx.db, source, idSource);
    if (!connue) {
      return fail(
        'lieu_introuvable',
        `Votre structure n’a envoyé aucun lieu d’identifiant « ${idSource} ».`,
        404,
      );
    }
    const partage = await autreProvenance(tx.db, connue.lieuId, connue.provenanceId);
    await supprimerProvenance(tx.db, connue.provenanceId);
    if (!partage) await supprimerLieu(tx.db, connue.lieuId);
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'lieu.api.suppression',
      entityType: 'lieu',
      entityId: connue.lieuId,
      departementCode: connue.departementCode,
      structureId,
      ip: tx.ip,
      details: { idSource, nom: connue.nom, lieuSupprime: !partage },
    });
    return ok({ id: connue.lieuId, lieuSupprime: !partage });
  });
}
