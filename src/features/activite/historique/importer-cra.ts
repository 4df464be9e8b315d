import { activiteHistoriqueCra } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { listerDepartements } from '../../territoires/index.ts';
import { type LigneCra, lireLigneCra } from './domain.ts';

export interface RapportImportCra {
  lues: number;
  importees: number;
  rejets: { position: number; departement: string | null; raison: string }[];
}

/**
 * Loads the former reports' per-département aggregates. A malformed file writes nothing; rows that
 * fail their checks are rejected with a reason; the valid ones replace the whole previous import.
 */
export async function importerHistoriqueCra(
  ctx: UseCaseContext,
  contenu: string,
): Promise<Result<RapportImportCra>> {
  let donnees: unknown;
  try {
    donnees = JSON.parse(contenu);
  } catch {
    return fail('fichier_illisible', 'Le fichier n’est pas un JSON valide : rien n’a été importé.', 400);
  }
  if (!Array.isArray(donnees))
    return fail(
      'fichier_illisible',
      'Le fichier doit contenir un tableau JSON, une ligne par département : rien n’a été importé.',
      400,
    );
  const connus = new Set((await listerDepartements(ctx.db, true)).map((d) => d.code));
  const lignes: LigneCra[] = [];
  const rejets: RapportImportCra['rejets'] = [];
  const vus = new Set<string>();
  donnees.forEach((brut, i) => {
    const r = lireLigneCra(brut, connus);
    if (!r.ok) rejets.push({ position: i + 1, departement: r.departement, raison: r.raison });
    else if (vus.has(r.ligne.departementCode))
      rejets.push({
        position: i + 1,
        departement: r.ligne.departementCode,
        raison: 'Département déjà présent plus haut dans le fichier.',
      });
    else {
      vus.add(r.ligne.departementCode);
      lignes.push(r.ligne);
    }
  });
  if (lignes.length === 0)
    return fail(
      'aucune_ligne_valide',
      'Aucune ligne valide dans le fichier : l’historique précédent est conservé.',
      422,
    );

  return inTransaction(ctx, async (tx) => {
    await tx.db.delete(activiteHistoriqueCra);
    await tx.db.insert(activiteHistoriqueCra).values(lignes.map((l) => ({ ...l, importeLe: tx.now })));
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'activite.historique.import',
      entityType: 'historique_cra',
      ip: tx.ip,
      details: { lues: donnees.length, importees: lignes.length, rejetees: rejets.length },
    });
    return ok({ lues: donnees.length, importees: lignes.length, rejets });
  });
}
