import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { CliError, withContext } from '../../platform/cli.ts';
import { systemContext } from '../../platform/context.ts';
import type { AppDeps } from '../../platform/http/deps.ts';
import { recalculerCouverture } from './couverture/recalculer-couverture.ts';
import { importerIfn } from './ifn/importer-ifn.ts';

export async function importerIfnDepuisCli(
  deps: AppDeps,
  fichier: string,
  options: { strict?: boolean } = {},
): Promise<string[]> {
  if (!existsSync(fichier)) throw new CliError(`Fichier introuvable : ${fichier}`);
  const r = await importerIfn(systemContext(deps), {
    fichier: path.basename(fichier),
    contenu: readFileSync(fichier, 'utf8'),
    strict: options.strict === true,
  });
  if (!r.ok) throw new CliError(r.error.message);
  const v = r.value;
  const lignes = [
    `Indice de fragilité numérique : ${v.fichier} (${v.niveaux.map((n) => (n === 'commune' ? 'communes' : 'EPCI')).join(', ')})`,
    `  Lignes lues      : ${v.lignes}`,
    `  Lignes importées : ${v.importes}${v.annule ? ' (import annulé : mode strict et lignes rejetées, rien n’a été enregistré)' : ''}`,
    `  Lignes rejetées  : ${v.rejets.length}`,
  ];
  for (const x of v.rejets.slice(0, 20))
    lignes.push(`    ligne ${x.ligne}${x.code ? ` (${x.code})` : ''} : ${x.raison}`);
  if (v.rejets.length > 20) lignes.push(`    … et ${v.rejets.length - 20} autres`);
  return lignes;
}

export async function recalculerCouvertureDepuisCli(deps: AppDeps): Promise<string[]> {
  const r = await recalculerCouverture(systemContext(deps), { force: true });
  if (!r.ok) throw new CliError(r.error.message);
  const b = r.value;
  return [
    `Couverture recalculée en ${b.dureeMs} ms :`,
    `  Communes            : ${b.communes} (dont ${b.communesSansCentre} sans centre, couverture inconnue)`,
    `  Lieux géolocalisés  : ${b.lieux}`,
  ];
}

export function registerPilotageCommands(program: Command) {
  const pilotage = program
    .command('pilotage')
    .description('Pilotage du maillage : couverture, fragilité numérique');
  pilotage
    .command('import-ifn')
    .description(
      'Importe l’indice de fragilité numérique (communes ou EPCI, CSV de France numérique ensemble)',
    )
    .argument('<fichier>', 'ifn-city-all-variation.csv ou ifn-epci-all-variation.csv')
    .option('--strict', 'rien n’est importé si une ligne est rejetée')
    .action(async (fichier: string, options: { strict?: boolean }) => {
      await withContext(async ({ deps }) =>
        console.log((await importerIfnDepuisCli(deps, fichier, options)).join('\n')),
      );
    });
  const couverture = pilotage.command('couverture').description('Couverture du territoire par les lieux');
  couverture
    .command('recalculer')
    .description(
      'Recalcule la couverture de toutes les communes (aussi toutes les 15 minutes si les lieux ont changé)',
    )
    .action(async () => {
      await withContext(async ({ deps }) =>
        console.log((await recalculerCouvertureDepuisCli(deps)).join('\n')),
      );
    });
}
