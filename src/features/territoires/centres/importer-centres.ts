import { gunzipSync } from 'node:zlib';
import type { SourceCentre } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { arrondir, raisonPositionImpossible, unCentreParCommune } from '../domain/centres.ts';
import { type LigneRejetee, lireCentres } from '../domain/centres-lecture.ts';
import { peutGererCentres } from './policy.ts';
import { ecrireCentres, etatDesCentres } from './repo.ts';

/** A national contour file simplified to 100 m is about 60 MB; full-precision ones must be simplified. */
export const TAILLE_MAX_OCTETS = 400 * 1024 * 1024;

export interface DemandeImportCentres {
  fichier: string;
  contenu: Uint8Array;
  simulation: boolean;
  progression?: (fait: number, total: number) => void;
}

export interface RapportImportCentres {
  fichier: string;
  format: string;
  description: string;
  simulation: boolean;
  /** Data rows or features in the file. */
  lignes: number;
  /** Communes that got a new or changed centre (or would, in a simulation). */
  importes: number;
  /** Communes whose imported centre was already the same. */
  inchanges: number;
  /** Among `importes`: how many replaced a centre of another source. */
  remplaces: Record<Exclude<SourceCentre, 'import'>, number>;
  /** Extra rows for a commune already seen (La Poste: one row per postal code). */
  doublons: number;
  rejets: LigneRejetee[];
  avertissements: string[];
}

function decompresser(contenu: Uint8Array): Uint8Array | null {
  if (contenu[0] !== 0x1f || contenu[1] !== 0x8b) return contenu;
  try {
    return gunzipSync(contenu, { maxOutputLength: TAILLE_MAX_OCTETS });
  } catch {
    return null;
  }
}

/**
 * Imports commune centres from an official file (CSV or GeoJSON, possibly gzipped): unknown communes and
 * impossible positions are reported, not imported. An imported centre replaces a demo or derived one.
 * Idempotent: a second run of the same file changes nothing. Audited in the same transaction.
 */
export async function importerCentres(
  ctx: UseCaseContext,
  demande: DemandeImportCentres,
): Promise<Result<RapportImportCentres>> {
  const { actor } = ctx;
  if (!peutGererCentres(actor)) {
    return fail('acces_refuse', 'Seule l’ANCT importe les centres des communes.', 403);
  }
  const contenu = decompresser(demande.contenu);
  if (!contenu)
    return fail('fichier_illisible', 'L’archive gzip est illisible ou dépasse 400 Mo une fois décompressée.');
  if (contenu.length > TAILLE_MAX_OCTETS) {
    return fail(
      'fichier_trop_gros',
      'Le fichier dépasse 400 Mo : prenez une version simplifiée des contours.',
    );
  }
  const lu = lireCentres(contenu);
  if (!lu.ok) return fail('fichier_illisible', lu.message);
  const { lecture } = lu;

  const etat = await etatDesCentres(ctx.db);
  const rejets = [...lecture.rejets];
  const valides = lecture.centres.filter((c) => {
    if (!etat.has(c.code)) {
      rejets.push({
        ligne: c.ligne,
        code: c.code,
        raison: 'commune inconnue du Code officiel géographique chargé (ancienne commune ou code erroné)',
      });
      return false;
    }
    const raison = raisonPositionImpossible(c.code, c.latitude, c.longitude);
    if (raison) rejets.push({ ligne: c.ligne, code: c.code, raison });
    return raison === null;
  });
  rejets.sort((a, b) => a.ligne - b.ligne);
  const { retenus, doublons } = unCentreParCommune(valides);

  const aEcrire: { code: string; latitude: number; longitude: number }[] = [];
  const remplaces = { demo: 0, derive: 0 };
  for (const c of retenus) {
    const latitude = arrondir(c.latitude);
    const longitude = arrondir(c.longitude);
    const avant = etat.get(c.code)!;
    if (avant.source === 'import' && avant.latitude === latitude && avant.longitude === longitude) continue;
    if (avant.source === 'demo' || avant.source === 'derive') remplaces[avant.source]++;
    aEcrire.push({ code: c.code, latitude, longitude });
  }

  const rapport: RapportImportCentres = {
    fichier: demande.fichier,
    format: lecture.format,
    description: lecture.description,
    simulation: demande.simulation,
    lignes: lecture.lignes,
    importes: aEcrire.length,
    inchanges: retenus.length - aEcrire.length,
    remplaces,
    doublons: doublons.length,
    rejets,
    avertissements: lecture.avertissements,
  };
  if (demande.simulation) return ok(rapport);

  await ctx.db.transaction(async (tx) => {
    const ecrits = await ecrireCentres(tx, aEcrire, 'import', { progression: demande.progression });
    rapport.importes = ecrits.length;
    await recordAudit(tx, {
      actor,
      ip: ctx.ip,
      action: 'territoires.centres_importes',
      entityType: 'communes',
      details: {
        source: actor ? 'web' : 'cli',
        fichier: demande.fichier,
        format: lecture.format,
        importes: ecrits.length,
        inchanges: rapport.inchanges,
        rejetes: rejets.length,
        remplaces,
      },
    });
  });
  return ok(rapport);
}

/** The most frequent rejection reasons, for the report. */
export function raisonsPrincipales(rejets: readonly LigneRejetee[]): { raison: string; total: number }[] {
  const compte = new Map<string, number>();
  for (const r of rejets) compte.set(r.raison, (compte.get(r.raison) ?? 0) + 1);
  return [...compte]
    .map(([raison, total]) => ({ raison, total }))
    .sort((a, b) => b.total - a.total || a.raison.localeCompare(b.raison, 'fr'));
}
