import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { toursEquitables } from '../../../platform/boucle/tours-equitables.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { allowedBy } from '../../../platform/policies/can.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { planifierTache } from '../../../platform/taches/planifier.ts';
import { detecterFormat } from './detection.ts';
import { deposerFichier, purgerDepotsOrphelins, supprimerFichierDepose } from './fichier-depose.ts';
import { type Format, formatDepuisTexte, resoudreFormat } from './formats.ts';
import { sourceSchema } from './importer.ts';
import { lireFichier, TAILLE_MAX_OCTETS } from './lecture.ts';
import { REGISTRE_LIEUX, registreLieuxPolicy } from './policy.ts';
import { changerStatutImport, creerImportEnAttente } from './repo.ts';
import { TACHE_IMPORT_LIEUX } from './tache-import.ts';

/** Pieces of an upload left without an import record this long are removed (see `fichier-depose.ts`). */
const DELAI_DEPOT_ORPHELIN_MS = 60 * 60 * 1000;

export interface DemandeImportPage {
  source: string;
  /** A format name of the list (v1, v0, a built-in mapping). */
  format: string;
  /** An uploaded mapping file (JSON text), instead of a format of the list. */
  correspondance?: string | undefined;
  fichier: { nom: string; contenu: Buffer };
  simulation: boolean;
  strict: boolean;
}

/**
 * ANCT asks for an import on the page: its record ('en_attente'), its file and its background task are
 * written with the audit event in one transaction, then the server's worker runs it while the page
 * follows its progress. A crash leaves a visible import that can be resumed or undone.
 */
export async function demanderImport(
  ctx: ContexteUtilisateur,
  d: DemandeImportPage,
): Promise<Result<{ importId: string; tacheId: string }>> {
  if (!allowedBy(registreLieuxPolicy, ctx.actor, 'importer', REGISTRE_LIEUX)) {
    return fail('acces_refuse', 'Seule l’ANCT peut importer des lieux.', 403);
  }
  const source = sourceSchema.safeParse(d.source);
  if (!source.success) {
    const message = source.error.issues[0]?.message ?? 'Source invalide.';
    return fail('source_invalide', message, 422, { source: message });
  }
  const format = d.correspondance ? formatDepuisTexte(d.correspondance) : resoudreFormat(d.format);
  if (!format.ok) {
    const champ = d.correspondance ? 'correspondance' : 'format';
    return fail('format_inconnu', format.message, 422, { [champ]: format.message });
  }
  if (d.fichier.contenu.length === 0) {
    const message = 'Le fichier est vide.';
    return fail('fichier_vide', message, 422, { fichier: message });
  }
  if (d.fichier.contenu.length > TAILLE_MAX_OCTETS) {
    const message = `Le fichier dépasse ${TAILLE_MAX_OCTETS / 1024 / 1024} Mo : découpez-le en plusieurs fichiers.`;
    return fail('fichier_trop_gros', message, 413, { fichier: message });
  }
  const incertain = formatIncertain(d, format.format);
  if (incertain) return fail('format_incertain', incertain, 422, { format: incertain });
  // The file first, in pieces, out of the transaction: the server keeps answering while it is stored.
  await purgerDepotsOrphelins(ctx.db, new Date(ctx.now.getTime() - DELAI_DEPOT_ORPHELIN_MS));
  const id = randomUUID();
  await deposerFichier(ctx.db, id, d.fichier.contenu, () => toursEquitables.cederAuxRequetes());
  try {
    return await enregistrerDemande(ctx, d, id, source.data, format.format.nom);
  } catch (erreur) {
    await supprimerFichierDepose(ctx.db, id);
    throw erreur;
  }
}

/** Small files are read now: an uncertain automatic format is asked on the form, not after the run. */
const TAILLE_DETECTION_IMMEDIATE = 2 * 1024 * 1024;

function formatIncertain(d: DemandeImportPage, format: Format): string | null {
  if (!format.automatique || d.fichier.contenu.length > TAILLE_DETECTION_IMMEDIATE) return null;
  const lecture = lireFichier(d.fichier.contenu, d.fichier.nom, format.lecture);
  // An unreadable file is the background task's to report, with the line where it fails.
  if (!lecture.ok || lecture.lignes.length === 0) return null;
  const detection = detecterFormat(lecture.colonnes, lecture.lignes);
  return detection.ok ? null : detection.message;
}

async function enregistrerDemande(
  ctx: ContexteUtilisateur,
  d: DemandeImportPage,
  id: string,
  source: string,
  nomFormat: string,
): Promise<Result<{ importId: string; tacheId: string }>> {
  return inTransaction(ctx, async (tx) => {
    const importId = await creerImportEnAttente(tx.db, {
      id,
      source: source,
      format: nomFormat,
      fichier: d.fichier.nom,
      simulation: d.simulation,
      acteurId: ctx.actor.userId,
      now: tx.now,
    });
    const tacheId = await planifierTache(tx, TACHE_IMPORT_LIEUX, {
      importId,
      source: source,
      format: d.format,
      correspondance: d.correspondance ?? null,
      fichier: d.fichier.nom,
      simulation: d.simulation,
      strict: d.strict,
    });
    await changerStatutImport(tx.db, importId, { statut: 'en_attente', tacheId });
    await recordAudit(tx.db, {
      actor: tx.actor,
      ip: tx.ip,
      action: 'lieux.import.demande',
      entityType: 'lieux_import',
      entityId: importId,
      details: {
        source: source,
        format: nomFormat,
        fichier: d.fichier.nom,
        octets: d.fichier.contenu.length,
        simulation: d.simulation,
        tache: tacheId,
      },
    });
    return ok({ importId, tacheId });
  });
}
