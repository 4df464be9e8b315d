import { eq } from 'drizzle-orm';
import { pilotageIfn } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { codesEpci, communesPourCouverture } from '../../territoires/index.ts';
import { lireIfn, type NiveauIfn, type RejetIfn } from './domain/lecture.ts';

export interface RapportImportIfn {
  fichier: string;
  niveaux: NiveauIfn[];
  lignes: number;
  importes: number;
  rejets: RejetIfn[];
  /** True when nothing was written (strict mode with rejects). */
  annule: boolean;
}

const LOT = 2_000;

/**
 * Imports an IFN file (communes or EPCI). Rows whose code is not in the loaded COG or whose numbers are
 * malformed are rejected with their reason; the accepted rows replace the level's previous import in
 * one transaction (idempotent). Strict: any reject and nothing is written.
 */
export async function importerIfn(
  ctx: UseCaseContext,
  demande: { fichier: string; contenu: string; strict?: boolean },
): Promise<Result<RapportImportIfn>> {
  const lecture = lireIfn(demande.contenu);
  if (!lecture.ok) return fail('ifn_illisible', lecture.message);
  const niveaux = [...new Set(lecture.lignes.map((l) => l.niveau))];
  const connus = {
    commune: niveaux.includes('commune')
      ? new Set((await communesPourCouverture(ctx.db)).map((c) => c.code))
      : new Set<string>(),
    epci: niveaux.includes('epci') ? await codesEpci(ctx.db) : new Set<string>(),
  };
  const rejets = [...lecture.rejets];
  const vus = new Set<string>();
  const retenues = lecture.lignes.filter((l) => {
    if (!connus[l.niveau].has(l.code)) {
      rejets.push({
        ligne: l.ligne,
        code: l.code,
        raison: l.niveau === 'commune' ? 'commune inconnue du COG chargé' : 'EPCI inconnu du COG chargé',
      });
      return false;
    }
    const cle = `${l.niveau}:${l.code}`;
    if (vus.has(cle)) {
      rejets.push({ ligne: l.ligne, code: l.code, raison: 'code en double dans le fichier' });
      return false;
    }
    vus.add(cle);
    return true;
  });
  rejets.sort((a, b) => a.ligne - b.ligne);
  const rapport: RapportImportIfn = {
    fichier: demande.fichier,
    niveaux,
    lignes: lecture.lignes.length + lecture.rejets.length,
    importes: 0,
    rejets,
    annule: false,
  };
  if (retenues.length === 0) return fail('ifn_vide', 'Aucune ligne valide : rien n’a été importé.');
  if (demande.strict && rejets.length > 0) return ok({ ...rapport, annule: true });

  return inTransaction(ctx, async (tx) => {
    for (const niveau of niveaux) await tx.db.delete(pilotageIfn).where(eq(pilotageIfn.niveau, niveau));
    const valeurs = retenues.map(({ ligne: _l, ...l }) => ({ ...l, importeLe: tx.now }));
    for (let i = 0; i < valeurs.length; i += LOT) {
      await tx.db.insert(pilotageIfn).values(valeurs.slice(i, i + LOT));
    }
    await recordAudit(tx.db, {
      actor: tx.actor,
      ip: tx.ip,
      action: 'pilotage.ifn_importe',
      entityType: 'pilotage_ifn',
      details: { fichier: demande.fichier, niveaux, importes: valeurs.length, rejets: rejets.length },
    });
    return ok({ ...rapport, importes: valeurs.length });
  });
}
