import type { Command } from 'commander';
import { CliError, progressBar, withContext } from '../../../platform/cli.ts';
import { systemContext } from '../../../platform/context.ts';
import { geocoderLieux } from './geocoder-lieux.ts';

/** `maillage lieux geocoder`, added to the `lieux` command group (registered just before). */
export function registerGeocoderCommand(program: Command) {
  const lieux = program.commands.find((c) => c.name() === 'lieux') ?? program.command('lieux');
  lieux
    .command('geocoder')
    .description(
      'Donne une position aux lieux qui n’en ont pas (imports) par la Base Adresse Nationale, par lots ; centre de la commune à défaut',
    )
    .option('--taille <n>', 'lieux par lot envoyé au service d’adresses (1 à 1000)', '200')
    .option('--approximatives', 'refaire aussi les lieux placés au centre de leur commune')
    .option(
      '--sans-repli',
      'laisser sans position (plutôt qu’au centre de la commune) quand le service ne répond pas',
    )
    .action(async (o: { taille: string; approximatives?: boolean; sansRepli?: boolean }) => {
      const taille = Number(o.taille);
      if (!Number.isInteger(taille) || taille < 1 || taille > 1000)
        throw new CliError('--taille doit être un nombre entier entre 1 et 1000.');
      await withContext(async ({ deps, config }) => {
        if (!config.geocodageUrl)
          console.log(
            'GEOCODAGE_URL n’est pas renseignée : les lieux sont placés au centre de leur commune (position approximative).',
          );
        let barre: ReturnType<typeof progressBar> | null = null;
        const bilan = await geocoderLieux(systemContext(deps), {
          taille,
          approximatives: o.approximatives === true,
          sansRepli: o.sansRepli === true,
          progression: (faits, total) => {
            barre ??= progressBar('Géocodage', total);
            barre.update(faits);
          },
        });
        (barre as ReturnType<typeof progressBar> | null)?.stop();
        console.log(`\nLieux sans position          : ${bilan.total}`);
        console.log(`Géocodés (adresse ou rue)    : ${bilan.geocodes}`);
        console.log(`Centre de la commune         : ${bilan.replis}`);
        console.log(`Sans position (échecs)       : ${bilan.echecs}`);
        if (bilan.lotsIndisponibles)
          console.log(
            `Attention : le service d’adresses n’a pas répondu pour ${bilan.lotsIndisponibles} lot(s) ; relancez la commande plus tard${o.sansRepli ? '' : ' avec --approximatives'}.`,
          );
        if (bilan.total === 0) console.log('Rien à faire : tous les lieux ont une position.');
      });
    });
}
