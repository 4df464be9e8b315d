import { sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { allowedBy } from '../../../platform/policies/can.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { relancerTache } from '../../../platform/taches/queries.ts';
import { supprimerFichierDepose } from './fichier-depose.ts';
import { REGISTRE_LIEUX, registreLieuxPolicy } from './policy.ts';
import { changerStatutImport, rapportParId } from './repo.ts';

const INTROUVABLE = 'Cet import n’existe pas.';
const NON_INTERROMPU = 'Seul un import interrompu ou en échec peut être relancé ou annulé.';

async function importArrete(ctx: ContexteUtilisateur, importId: string) {
  if (!allowedBy(registreLieuxPolicy, ctx.actor, 'importer', REGISTRE_LIEUX)) {
    return fail('acces_refuse', 'Seule l’ANCT peut gérer les imports de lieux.', 403);
  }
  const imp = /^[0-9a-f-]{36}$/i.test(importId) ? await rapportParId(ctx.db, importId) : null;
  if (!imp) return fail('import_introuvable', INTROUVABLE, 404);
  if (imp.statut !== 'interrompu' && imp.statut !== 'echoue')
    return fail('import_non_interrompu', NON_INTERROMPU, 409);
  return ok(imp);
}

/**
 * Runs an interrupted or failed import again from its kept file: rows already written are recognised
 * (same provenance, same content) and counted unchanged, the others are written.
 */
export async function reprendreImport(
  ctx: ContexteUtilisateur,
  importId: string,
): Promise<Result<{ importId: string }>> {
  const imp = await importArrete(ctx, importId);
  if (!imp.ok) return imp;
  if (!imp.value.tacheId)
    return fail('import_sans_tache', 'Cet import n’a pas été lancé depuis la page : relancez-le.', 409);
  const tacheId = imp.value.tacheId;
  return inTransaction(ctx, async (tx) => {
    if (!(await relancerTache(tx.db, tacheId))) return fail('import_non_interrompu', NON_INTERROMPU, 409);
    await changerStatutImport(tx.db, importId, { statut: 'en_attente' });
    await recordAudit(tx.db, {
      actor: tx.actor,
      ip: tx.ip,
      action: 'lieux.import.reprise',
      entityType: 'lieux_import',
      entityId: importId,
      details: { source: imp.value.source, fichier: imp.value.fichier },
    });
    return ok({ importId });
  });
}

/**
 * Undoes an interrupted or failed import: the places it created are removed with their provenance
 * (unless another source feeds them since a merge); places it had updated keep their new values.
 */
export async function annulerImport(
  ctx: ContexteUtilisateur,
  importId: string,
): Promise<Result<{ importId: string; retires: number }>> {
  const imp = await importArrete(ctx, importId);
  if (!imp.ok) return imp;
  return inTransaction(ctx, async (tx) => {
    const r = await tx.db.execute(sql`
      delete from lieux l
      using lieux_provenances p
      where p.import_id = ${importId} and l.id = p.lieu_origine_id
        and not exists (
          select 1 from lieux_provenances autre
          where autre.lieu_id = l.id and autre.import_id is distinct from ${importId}
        )
      returning l.id
    `);
    const retires = (r as unknown as { rows: unknown[] }).rows.length;
    await supprimerFichierDepose(tx.db, importId);
    await changerStatutImport(tx.db, importId, { statut: 'annule' });
    await recordAudit(tx.db, {
      actor: tx.actor,
      ip: tx.ip,
      action: 'lieux.import.annulation',
      entityType: 'lieux_import',
      entityId: importId,
      details: { source: imp.value.source, fichier: imp.value.fichier, lieuxRetires: retires },
    });
    return ok({ importId, retires });
  });
}
