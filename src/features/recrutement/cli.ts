import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CliError, withContext } from '../../platform/cli.ts';
import { systemContext } from '../../platform/context.ts';
import type { LigneCnfsBrute } from './import-cnfs/domain/import-cnfs.ts';
import { importerStructuresCnfs } from './import-cnfs/importer-structures-cnfs.ts';
import { apparier } from './mises-en-relation/apparier.ts';

function lireFichier(fichier: string): LigneCnfsBrute[] {
  if (!existsSync(fichier)) throw new CliError(`Fichier introuvable : ${fichier}`);
  let donnees: unknown;
  try {
    donnees = JSON.parse(readFileSync(fichier, 'utf8'));
  } catch (error) {
    throw new CliError(`Le fichier n’est pas un JSON valide : ${(error as Error).message}`);
  }
  if (!Array.isArray(donnees)) throw new CliError('Le fichier doit contenir un tableau JSON de structures.');
  return donnees as LigneCnfsBrute[];
}

export function registerRecrutementCommands(program: Command) {
  const recrutement = program
    .command('recrutement')
    .description('Programme Conseillers numériques France Services');

  recrutement
    .command('import-structures')
    .description('Importe les structures et décisions du comité (open data ANCT 2021, cnfs.json)')
    .argument('<fichier>', 'fichier JSON (par exemple cnfs_2021-06.json)')
    .option('--source <nom>', 'nom de la source (clé d’idempotence ; par défaut le nom du fichier)')
    .action(async (fichier: string, options: { source?: string }) => {
      const lignes = lireFichier(fichier);
      const source = options.source ?? path.basename(fichier).replace(/\.json$/i, '');
      await withContext(async ({ deps }) => {
        const r = await importerStructuresCnfs(systemContext(deps), { source, lignes });
        if (!r.ok) throw new CliError(r.error.message);
        const x = r.value;
        console.log(`\nImport de ${path.basename(fichier)} (source « ${x.source} »)`);
        console.log(`  Lignes lues          : ${x.lignes}`);
        console.log(`  Structures importées : ${x.importees}`);
        console.log(`  Déjà importées       : ${x.dejaImportees}`);
        console.log(`  Lignes rejetées      : ${x.rejetees.length}`);
        console.log(`  Postes attribués     : ${x.postes}`);
        console.log(`  Sessions créées      : ${x.sessionsCreees}`);
        console.log(`  Valeurs écartées     : ${x.anomalies.length}`);
        for (const rej of x.rejetees.slice(0, 10))
          console.log(`  ligne ${rej.ligne} rejetée : ${rej.raison}`);
        for (const a of x.anomalies.slice(0, 10)) console.log(`  ${a.reference} : ${a.anomalie}`);
        if (x.anomalies.length > 10) console.log(`  … et ${x.anomalies.length - 10} autres valeurs écartées`);
      });
    });

  recrutement
    .command('apparier')
    .description('Lance l’appariement structures ↔ candidats (la tâche de nuit, à la demande)')
    .option('--sans-courriel', 'ne pas prévenir les structures')
    .action(async (options: { sansCourriel?: boolean }) => {
      await withContext(async ({ deps }) => {
        const r = await apparier(systemContext(deps), { notifier: !options.sansCourriel });
        if (!r.ok) throw new CliError(r.error.message);
        const x = r.value;
        console.log(
          `Appariement : ${x.structures} structures, ${x.candidats} candidats disponibles, ` +
            `${x.propositions} propositions calculées dont ${x.creees} nouvelles (${x.dureeMs} ms).`,
        );
      });
    });
}
