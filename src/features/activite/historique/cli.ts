import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError, withContext } from '../../../platform/cli.ts';
import { systemContext } from '../../../platform/context.ts';
import { importerHistoriqueCra, type RapportImportCra } from './importer-cra.ts';

export function rapportTexte(fichier: string, r: RapportImportCra): string {
  const lignes = [
    `Import de l’historique des comptes rendus d’activité : ${fichier}`,
    `  Lignes lues     : ${r.lues}`,
    `  Importées       : ${r.importees}`,
    `  Rejetées        : ${r.rejets.length}`,
  ];
  if (r.rejets.length > 0) {
    lignes.push('', 'Lignes rejetées :');
    for (const x of r.rejets)
      lignes.push(
        `  ligne ${x.position}${x.departement ? ` (département ${x.departement})` : ''} : ${x.raison}`,
      );
  }
  lignes.push('', 'L’import remplace l’historique précédent (relancer la commande ne crée pas de doublon).');
  return lignes.join('\n');
}

/** `maillage activite import-cra-2021 FILE`. */
export function registerHistoriqueCommands(program: Command) {
  // Other slices may add their own sub-commands to `activite`: share the group.
  const activite =
    program.commands.find((c) => c.name() === 'activite') ??
    program.command('activite').description('Activité des conseillers : imports et recalculs');
  activite
    .command('import-cra-2021')
    .description('Importe les agrégats par département des anciens comptes rendus d’activité (2021–2024)')
    .argument('<fichier>', 'fichier JSON (conum_departement-cras.json)')
    .action(async (fichier: string) => {
      if (!existsSync(fichier)) throw new CliError(`Fichier introuvable : ${fichier}`);
      await withContext(async ({ deps }) => {
        const r = await importerHistoriqueCra(systemContext(deps), readFileSync(fichier, 'utf8'));
        if (!r.ok) throw new CliError(r.error.message);
        console.log(rapportTexte(fichier, r.value));
      });
    });
}
