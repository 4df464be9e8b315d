import { Command } from 'commander';
import { registerDbCommands } from './commands/db.ts';
import { registerLieuxCommands } from './commands/lieux.ts';
import { registerRecrutementCommands } from './commands/recrutement.ts';
import { registerTerritoiresCommands } from './commands/territoires.ts';
import { registerTokensCommands } from './commands/tokens.ts';
import { registerUsersCommands } from './commands/users.ts';
import { registerUsersInviteCommand } from './commands/users-invite.ts';
import { reportCliError } from './context.ts';

const program = new Command();
program
  .name('maillage')
  .description('Commandes d’exploitation de Maillage (voir le README)')
  .showHelpAfterError('(ajoutez --help pour l’aide)')
  .configureOutput({ outputError: (str, write) => write(str) });

registerDbCommands(program);
registerUsersCommands(program);
registerUsersInviteCommand(program);
registerTokensCommands(program);
registerLieuxCommands(program);
registerRecrutementCommands(program);
registerTerritoiresCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  reportCliError(error);
}
