import { z } from 'zod';
import { definirTache } from '../../../platform/taches/tache.ts';
import { ErreurTache } from '../../../platform/taches/travailleur.ts';
import { lireFichierDepose, supprimerFichierDepose } from './fichier-depose.ts';
import { formatDepuisTexte, resoudreFormat } from './formats.ts';
import { importerLieux } from './importer.ts';
import { changerStatutImport } from './repo.ts';

export const TACHE_IMPORT_LIEUX = 'lieux.import';

const parametres = z.object({
  importId: z.uuid(),
  source: z.string(),
  format: z.string(),
  correspondance: z.string().nullable(),
  fichier: z.string(),
  simulation: z.boolean(),
  strict: z.boolean(),
});

/**
 * An import asked on the page, run by the server's worker: lots of rows in short transactions with a
 * pause between them, so that the server (and the embedded database) keep answering. Its record goes
 * 'en_cours', then 'termine' with its report; its file is dropped once it has run.
 */
export const tacheImportLieux = definirTache({
  type: TACHE_IMPORT_LIEUX,
  libelle: 'Import de lieux',
  parametres,
  async executer(ctx, p) {
    await changerStatutImport(ctx.db, p.importId, { statut: 'en_cours' });
    const contenu = await lireFichierDepose(ctx.db, p.importId, ctx.ceder);
    if (!contenu)
      throw new ErreurTache('Le fichier de cet import n’est plus disponible : envoyez-le à nouveau.');
    const format = p.correspondance ? formatDepuisTexte(p.correspondance) : resoudreFormat(p.format);
    if (!format.ok) throw new ErreurTache(format.message);
    const r = await importerLieux(ctx, {
      source: p.source,
      fichier: p.fichier,
      contenu,
      format: format.format,
      simulation: p.simulation,
      strict: p.strict,
      conserverSimulation: true,
      importId: p.importId,
      tailleLot: 250,
      ceder: ctx.ceder,
      progression: (fait, total, etape) => ctx.progression(fait, total, etape),
    });
    if (!r.ok) throw new ErreurTache(r.error.message);
    await supprimerFichierDepose(ctx.db, p.importId);
    const { rapport } = r.value;
    return {
      crees: rapport.crees,
      modifies: rapport.modifies,
      inchanges: rapport.inchanges,
      rejetes: rapport.rejetes,
    };
  },
  async apresEchec(ctx, p, statut) {
    await changerStatutImport(ctx.db, p.importId, {
      statut: statut === 'interrompue' ? 'interrompu' : 'echoue',
    });
  },
});
