import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { CliError, progressBar, withContext } from '../../platform/cli.ts';
import { systemContext } from '../../platform/context.ts';
import type { AppDeps } from '../../platform/http/deps.ts';
import { deriverCentres } from './centres/deriver-centres.ts';
import {
  importerCentres,
  type RapportImportCentres,
  raisonsPrincipales,
  TAILLE_MAX_OCTETS,
} from './centres/importer-centres.ts';
import { telechargerCentres, URL_CENTRES_OFFICIELS } from './centres/telecharger-centres.ts';

export function rapportImportCentres(r: RapportImportCentres): string[] {
  const simulation = r.simulation ? ' (simulation : rien n’a été enregistré)' : '';
  const lignes = [
    `Centres des communes : ${r.fichier}${simulation}`,
    `  Lu comme              : ${r.description}`,
    ...r.avertissements.map((a) => `  Attention : ${a}`),
    `  Lignes lues           : ${r.lignes}`,
    `  Communes importées    : ${r.importes}${r.simulation ? ' (à importer)' : ''}`,
    `    dont remplaçant un centre de démonstration : ${r.remplaces.demo}, un centre calculé : ${r.remplaces.derive}`,
    `  Communes inchangées   : ${r.inchanges}`,
    `  Lignes en double      : ${r.doublons} (une seule position gardée par commune)`,
    `  Lignes rejetées       : ${r.rejets.length}`,
  ];
  const raisons = raisonsPrincipales(r.rejets);
  if (raisons.length > 0) {
    lignes.push('', 'Raisons des rejets :');
    for (const x of raisons.slice(0, 10)) lignes.push(`  ${x.total} × ${x.raison}`);
    lignes.push('', 'Premières lignes rejetées :');
    for (const x of r.rejets.slice(0, 10)) {
      lignes.push(`  ligne ${x.ligne}${x.code ? ` (${x.code})` : ''} : ${x.raison}`);
    }
  }
  return lignes;
}

/** The command's work, callable from tests with the test app's dependencies. */
export async function importerCentresDepuisCli(
  deps: AppDeps,
  fichier: string,
  options: { dryRun?: boolean; progression?: (fait: number, total: number) => void },
): Promise<string[]> {
  if (!existsSync(fichier)) throw new CliError(`Fichier introuvable : ${fichier}`);
  if (statSync(fichier).size > TAILLE_MAX_OCTETS) {
    throw new CliError(
      'Le fichier dépasse 400 Mo : prenez une version simplifiée (contours à 100 m ou 1 000 m).',
    );
  }
  const r = await importerCentres(systemContext(deps), {
    fichier: path.basename(fichier),
    contenu: readFileSync(fichier),
    simulation: options.dryRun === true,
    progression: options.progression,
  });
  if (!r.ok) throw new CliError(r.error.message);
  return rapportImportCentres(r.value);
}

/** `import-centres --telecharger`: the official list, fetched, then the same import as a file. */
export async function importerCentresTelecharges(
  deps: AppDeps,
  options: { dryRun?: boolean; progression?: (fait: number, total: number) => void },
): Promise<string[]> {
  console.log(`Téléchargement de ${URL_CENTRES_OFFICIELS}…`);
  const t = await telechargerCentres();
  if (!t.ok) throw new CliError(t.error.message);
  const r = await importerCentres(systemContext(deps), {
    fichier: t.value.fichier,
    contenu: t.value.contenu,
    simulation: options.dryRun === true,
    progression: options.progression,
  });
  if (!r.ok) throw new CliError(r.error.message);
  return rapportImportCentres(r.value);
}

export async function deriverCentresDepuisCli(deps: AppDeps): Promise<string[]> {
  const r = await deriverCentres(systemContext(deps), { source: 'cli' });
  if (!r.ok) throw new CliError(r.error.message);
  const b = r.value;
  return [
    `Centres calculés d’après les lieux et structures géolocalisés (${b.points} points) :`,
    `  Communes concernées : ${b.communes}`,
    `  Centres écrits      : ${b.ecrits}`,
    `  Centres effacés     : ${b.effaces} (plus aucun lieu ni structure géolocalisé)`,
  ];
}

export function registerTerritoiresCommands(program: Command) {
  const territoires = program
    .command('territoires')
    .description('Géographie de référence : communes, départements, centres des communes');

  territoires
    .command('import-centres')
    .description(
      'Importe les centres des communes d’un fichier officiel (CSV ou GeoJSON, éventuellement .gz) ; voir docs/territoires-centres.md',
    )
    .argument('[fichier]', 'fichier CSV, GeoJSON ou JSON (geo.api.gouv.fr), éventuellement compressé en .gz')
    .option('--dry-run', 'simulation : le rapport sans rien enregistrer')
    .option('--telecharger', 'télécharge la liste officielle (geo.api.gouv.fr) au lieu de lire un fichier')
    .action(async (fichier: string | undefined, options: { dryRun?: boolean; telecharger?: boolean }) => {
      if (!fichier && !options.telecharger)
        throw new CliError('Indiquez un fichier à importer, ou --telecharger pour la liste officielle.');
      if (fichier && options.telecharger)
        throw new CliError('Indiquez un fichier ou --telecharger, pas les deux.');
      await withContext(async ({ deps }) => {
        let barre: SingleBar | null = null;
        const progression = (fait: number, total: number) => {
          barre ??= progressBar('Enregistrement', total);
          barre.update(fait);
        };
        const lignes = fichier
          ? await importerCentresDepuisCli(deps, fichier, { dryRun: options.dryRun === true, progression })
          : await importerCentresTelecharges(deps, { dryRun: options.dryRun === true, progression });
        (barre as SingleBar | null)?.stop();
        console.log(`\n${lignes.join('\n')}`);
      });
    });

  territoires
    .command('deriver-centres')
    .description(
      'Donne aux communes sans centre la médiane de leurs lieux et structures géolocalisés (aussi chaque nuit)',
    )
    .action(async () => {
      await withContext(async ({ deps }) => {
        console.log((await deriverCentresDepuisCli(deps)).join('\n'));
      });
    });
}
