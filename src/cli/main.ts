import { Command } from 'commander';
import { configureCli, reportCliError } from '../platform/cli.ts';
import { installerMessagesFrancais } from '../platform/validation/messages-francais.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerJobsCommands } from './commands/jobs.ts';

installerMessagesFrancais();

const program = new Command();
program
  .name('maillage')
  .description('Commandes d’exploitation de Maillage (voir le README)')
  .showHelpAfterError('(ajoutez --help pour l’aide)')
  .configureOutput({ outputError: (str, write) => write(str) });

registerDbCommands(program);

// A backup or a restore needs no module: loading them all (routes, pages…) would only slow it down,
// a cost paid at every nightly backup.
const [groupe, commande] = process.argv.slice(2);
const sansModules = groupe === 'db' && (commande === 'sauvegarder' || commande === 'restaurer');

try {
  if (!sansModules) {
    const { registre } = await import('../features/index.ts');
    const registry = registre();
    configureCli(registry);
    registerJobsCommands(program, registry);
    for (const module of registry.modules) for (const register of module.commands ?? []) register(program);
  }
  await program.parseAsync(process.argv);
} catch (error) {
  reportCliError(error);
}
