import { Command } from 'commander';
import { registre } from '../features/index.ts';
import { configureCli, reportCliError } from '../platform/cli.ts';
import { installerMessagesFrancais } from '../platform/validation/messages-francais.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerJobsCommands } from './commands/jobs.ts';

installerMessagesFrancais();
const registry = registre();
configureCli(registry);

const program = new Command();
program
  .name('maillage')
  .description('Commandes d’exploitation de Maillage (voir le README)')
  .showHelpAfterError('(ajoutez --help pour l’aide)')
  .configureOutput({ outputError: (str, write) => write(str) });

registerDbCommands(program);
registerJobsCommands(program, registry);
for (const module of registry.modules) for (const register of module.commands ?? []) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportCliError(error);
}
