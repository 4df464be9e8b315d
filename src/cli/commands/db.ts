import type { Command } from 'commander';
import { withContext } from '../../platform/cli.ts';

export function registerDbCommands(program: Command) {
  const db = program.command('db').description('Base de données');
  db.command('migrate')
    .description(
      'Applique les migrations et charge les données de référence (géographie, paramètres du programme)',
    )
    .action(async () => {
      await withContext(async () => {
        console.log('Base de données à jour.');
      });
    });
  db.command('seed')
    .description('Charge les données de démonstration (mode demo uniquement)')
    .action(async () => {
      await withContext(
        async ({ config }) => {
          if (config.mode !== 'demo') {
            console.log('Mode production : aucune donnée de démonstration n’est chargée.');
            return;
          }
          console.log('Données de démonstration chargées.');
        },
        { demo: true },
      );
    });
}
