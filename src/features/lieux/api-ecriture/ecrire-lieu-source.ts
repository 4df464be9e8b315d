import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { analyserHoraires } from '../domain/horaires.ts';
import type { LieuStandard, LigneStandard } from '../domain/standard/champs.ts';
import { type Anomalie, validerLigne } from '../domain/standard/validation.ts';
import { aujourdhuiAParis } from '../gestion/fraicheur.ts';
import { structureDe } from '../gestion/repo.ts';
import { versColonnes } from '../import/colonnes.ts';
import { empreinte } from '../import/importer.ts';
import { communesDesCodesPostaux, ecrireLot, type ValeursLieu } from '../import/repo.ts';
import { deduireCodeInsee, departementDuCodeInsee, departementDuCodePostal } from '../import/territoire.ts';
import { structureEcrivante } from './droits.ts';
import { provenanceDe, sourceApi, verrouillerIdSource } from './repo.ts';
import type { CorpsLieu } from './schemas.ts';

export type StatutEcriture = 'cree' | 'modifie' | 'inchange';

function valeursDe(lieu: LieuStandard, structureId: string): ValeursLieu {
  const departementCode = lieu.code_insee
    ? departementDuCodeInsee(lieu.code_insee)
    : departementDuCodePostal(lieu.code_postal);
  const horairesAnalyse = analyserHoraires(lieu.horaires, { departementCode });
  return { ...versColonnes(lieu), departementCode, horairesAnalyse, structureId };
}

/**
 * In strict mode a value the import would leave out refuses the place: say so, not « ignorée », and
 * quote the value sent.
 */
function raisonDeRefus(a: Anomalie): string {
  const raison = a.raison.replace(/\s*:\s*(position )?ignorée?\.$/, '.');
  if (raison === a.raison || !a.valeur) return raison;
  return `${raison.replace(/\.$/, '')} (« ${a.valeur} »).`;
}

/**
 * A structure's software creates or updates one of its places by its own identifier (PUT): validated by
 * the national standard (strict: nothing is silently dropped), idempotent by fingerprint like the import.
 */
export async function ecrireLieuSource(
  ctx: UseCaseContext,
  idSource: string,
  corps: CorpsLieu,
): Promise<Result<{ id: string; statut: StatutEcriture }>> {
  const droit = structureEcrivante(ctx.actor);
  if (!droit.ok) return droit;
  const { structureId } = droit.value;
  const structure = await structureDe(ctx.db, structureId);
  if (!structure) return fail('structure_introuvable', 'La structure de ce jeton n’existe plus.', 403);

  const ligne: LigneStandard = {
    ...corps,
    id: idSource,
    pivot: corps.pivot ?? structure.siret,
    source: corps.source ?? structure.nom,
    date_maj: corps.date_maj ?? aujourdhuiAParis(ctx.now),
  };
  const v = validerLigne(ligne, { strict: true });
  if (!v.ok) {
    const champs: Record<string, string> = {};
    for (const e of v.erreurs) champs[e.champ] ??= raisonDeRefus(e);
    const [premier] = v.erreurs;
    const detail = premier
      ? `Le lieu ne respecte pas le standard national : ${premier.champ} (${raisonDeRefus(premier)})`
      : 'Le lieu ne respecte pas le standard national.';
    return fail('lieu_invalide', detail, 400, champs);
  }
  const lieu = v.lieu;
  if (lieu.code_insee === null) {
    const communes = await communesDesCodesPostaux(ctx.db, [lieu.code_postal]);
    lieu.code_insee = deduireCodeInsee(communes.get(lieu.code_postal) ?? [], lieu.commune);
  }

  const source = sourceApi(structureId);
  const e = empreinte(lieu);
  return inTransaction<{ id: string; statut: StatutEcriture }>(ctx, async (tx) => {
    await verrouillerIdSource(tx.db, source, idSource);
    const connue = await provenanceDe(tx.db, source, idSource);
    if (connue?.empreinte === e) return ok({ id: connue.lieuId, statut: 'inchange' });
    const valeurs = valeursDe(lieu, structureId);
    const donnees = corps as Record<string, unknown>;
    const id = connue?.lieuId ?? randomUUID();
    if (connue) {
      const maj = { provenanceId: connue.provenanceId, lieuId: id, valeurs, empreinte: e, donnees };
      await ecrireLot(tx.db, source, [], [maj], tx.now);
    } else {
      await ecrireLot(tx.db, source, [{ id, valeurs, idSource, empreinte: e, donnees }], [], tx.now);
    }
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: connue ? 'lieu.api.modification' : 'lieu.api.creation',
      entityType: 'lieu',
      entityId: id,
      departementCode: valeurs.departementCode ?? null,
      structureId,
      ip: tx.ip,
      details: { idSource, nom: lieu.nom, commune: lieu.commune },
    });
    return ok({ id, statut: connue ? 'modifie' : 'cree' });
  });
}
