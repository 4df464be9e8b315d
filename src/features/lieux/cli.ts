import { createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { CliError, progressBar, withContext } from '../../platform/cli.ts';
import { systemContext } from '../../platform/context.ts';
import { detecterDoublons } from './doublons/detecter.ts';
import { exporter, type FormatExport } from './export/formats.ts';
import { lieuxPublies } from './export/repo.ts';
import { resoudreFormat } from './import/formats.ts';
import { importerLieux } from './import/importer.ts';
import { TAILLE_MAX_OCTETS } from './import/lecture.ts';
import { type RapportImport, raisonsPrincipales, rapportCsv } from './import/rapport.ts';

function afficherRapport(r: RapportImport, rapportFichier: string | undefined) {
  const simulation = r.simulation ? ' (simulation : rien n’a été enregistré)' : '';
  console.log(`\nImport de ${r.fichier} — source « ${r.source} », format ${r.format}${simulation}`);
  if (r.detection) console.log(`Format choisi automatiquement : ${r.detection}.`);
  for (const a of r.avertissements) console.log(`  Attention : ${a}`);
  console.log(`  Lignes lues         : ${r.lignes}`);
  console.log(`  Créés               : ${r.crees}`);
  console.log(`  Modifiés            : ${r.modifies}`);
  console.log(`  Inchangés           : ${r.inchanges}`);
  console.log(`  Rejetés             : ${r.rejetes}`);
  console.log(`  Sans coordonnées    : ${r.sansCoordonnees.length}`);
  console.log(`  Codes INSEE déduits : ${r.inseeDeduits}`);
  console.log(`  Doublons proposés   : ${r.doublons}`);
  console.log(`  Valeurs écartées    : ${r.anomalies.length}`);
  const raisons = raisonsPrincipales(r.rejets);
  if (raisons.length > 0) {
    console.log('\nPrincipales raisons de rejet :');
    for (const x of raisons) console.log(`  ${x.total} × ${x.raison}`);
    console.log('\nPremières lignes rejetées :');
    for (const p of r.rejets.slice(0, 10)) {
      console.log(`  ligne ${p.ligne} (${p.id ?? 'sans id'}) ${p.champ || ''} « ${p.valeur} » : ${p.raison}`);
    }
  }
  if (rapportFichier) {
    writeFileSync(rapportFichier, rapportCsv(r));
    console.log(`\nRapport complet : ${rapportFichier}`);
  } else if (r.rejets.length + r.anomalies.length + r.sansCoordonnees.length > 0) {
    console.log('\n(ajoutez --rapport rapport.csv pour le détail ligne par ligne)');
  }
}

export function registerLieuxCommands(program: Command) {
  const lieux = program.command('lieux').description('Registre des lieux de médiation numérique');

  lieux
    .command('import')
    .description('Importe un fichier de lieux (CSV ou JSON) avec un rapport')
    .argument('<fichier>', 'fichier CSV ou JSON')
    .requiredOption(
      '--source <nom>',
      'nom du producteur (clé d’idempotence avec l’identifiant de chaque ligne)',
    )
    .option(
      '--format <format>',
      'automatique (d’après les colonnes et les séparateurs), v1, v0, france-services, le nom d’une correspondance fournie ou le chemin d’un fichier de correspondance',
      'automatique',
    )
    .option('--dry-run', 'simulation : le rapport sans rien enregistrer')
    .option('--strict', 'rejeter toute ligne ayant une valeur facultative invalide')
    .option('--rapport <fichier.csv>', 'écrire le rapport complet en CSV')
    .action(
      async (
        fichier: string,
        options: { source: string; format: string; dryRun?: boolean; strict?: boolean; rapport?: string },
      ) => {
        if (!existsSync(fichier)) throw new CliError(`Fichier introuvable : ${fichier}`);
        if (statSync(fichier).size > TAILLE_MAX_OCTETS) {
          throw new CliError(`Le fichier dépasse ${TAILLE_MAX_OCTETS / 1024 / 1024} Mo : découpez-le.`);
        }
        const format = resoudreFormat(options.format, { cheminsAutorises: true });
        if (!format.ok) throw new CliError(format.message);
        await withContext(async ({ deps }) => {
          let barre: SingleBar | null = null;
          const resultat = await importerLieux(systemContext(deps), {
            source: options.source,
            fichier: path.basename(fichier),
            contenu: readFileSync(fichier),
            format: format.format,
            simulation: options.dryRun === true,
            strict: options.strict === true,
            progression: (fait, total) => {
              barre ??= progressBar('Import', total);
              barre.update(fait);
            },
          });
          (barre as SingleBar | null)?.stop();
          if (!resultat.ok) throw new CliError(resultat.error.message);
          afficherRapport(resultat.value.rapport, options.rapport);
        });
      },
    );

  lieux
    .command('export')
    .description('Exporte le registre au standard v1.0.2 (doublons fusionnés exclus)')
    .option('--format <format>', 'csv, json ou geojson', 'csv')
    .option('--output <fichier>', 'fichier de sortie (sinon la sortie standard)')
    .option('--departement <code>', 'limiter à un département')
    .action(async (options: { format: string; output?: string; departement?: string }) => {
      if (!['csv', 'json', 'geojson'].includes(options.format)) {
        throw new CliError(`Format d’export inconnu « ${options.format} » : csv, json ou geojson.`);
      }
      await withContext(async ({ deps }) => {
        const flux = Readable.from(
          exporter(
            lieuxPublies(deps.db, { departement: options.departement }),
            options.format as FormatExport,
          ),
        );
        if (options.output) {
          await pipeline(flux, createWriteStream(options.output));
          console.error(`Export écrit dans ${options.output}`);
        } else await pipeline(flux, process.stdout);
      });
    });

  lieux
    .command('doublons')
    .description('Recherche les doublons probables entre sources dans tout le registre')
    .action(async () => {
      await withContext(async ({ deps }) => {
        const r = await detecterDoublons(systemContext(deps));
        if (!r.ok) throw new CliError(r.error.message);
        console.log(
          `${r.value.nouveaux} nouvelle(s) paire(s) de doublons probables à examiner sur /admin/lieux/doublons.`,
        );
      });
    });
}
