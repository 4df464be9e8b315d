import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { withContext } from '../../platform/cli.ts';
import { dureeLisible, tailleLisible } from '../sauvegarde/ecriture-atomique.ts';
import { NOM_MOTEUR } from '../sauvegarde/format-sauvegarde.ts';
import { restaurer } from '../sauvegarde/restaurer.ts';
import { sauvegarder } from '../sauvegarde/sauvegarder.ts';

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
  registerSauvegardeCommands(db);
}

function registerSauvegardeCommands(db: Command) {
  db.command('sauvegarder <fichier>')
    .description(
      'Écrit une sauvegarde complète de la base : pg_dump au format custom (PostgreSQL) ou archive de ' +
        'DATA_DIR/pgdata (base embarquée, serveur arrêté)',
    )
    .option('--ecraser', 'remplace le fichier s’il existe déjà')
    .action(async (fichier: string, options: { ecraser?: boolean }) => {
      const config = loadConfig();
      const moteur = config.databaseUrl ? 'postgres' : 'pglite';
      console.error(`Sauvegarde de la ${moteur === 'postgres' ? 'base PostgreSQL' : NOM_MOTEUR.pglite}…`);
      const bilan = await sauvegarder(config, fichier, { ecraser: options.ecraser === true });
      console.log(
        `Sauvegarde écrite : ${bilan.fichier} (${NOM_MOTEUR[bilan.moteur]}, ${tailleLisible(bilan.octets)}, ` +
          `en ${dureeLisible(bilan.ms)}).`,
      );
    });
  db.command('restaurer <fichier>')
    .description(
      'Restaure une sauvegarde faite par « db sauvegarder » ; refuse une base non vide sans --remplacer',
    )
    .option('--remplacer', 'efface la base actuelle et la remplace par la sauvegarde')
    .action(async (fichier: string, options: { remplacer?: boolean }) => {
      const config = loadConfig();
      console.error(`Restauration de ${fichier}…`);
      const bilan = await restaurer(config, fichier, { remplacer: options.remplacer === true });
      console.log(
        `Base restaurée depuis ${bilan.fichier} (${NOM_MOTEUR[bilan.moteur]}, ${tailleLisible(bilan.octets)}, ` +
          `en ${dureeLisible(bilan.ms)}).`,
      );
      const s = bilan.migrations > 1 ? 's' : '';
      console.log(
        bilan.migrations > 0
          ? `Migrations : ${bilan.migrations} migration${s} manquante${s} appliquée${s} (la sauvegarde ` +
              'précédait cette version de Maillage).'
          : 'Migrations : aucune ne manquait, la base est au niveau de cette version de Maillage.',
      );
      console.log(
        bilan.moteur === 'postgres'
          ? 'Redémarrez les serveurs Maillage : ils relisent ainsi la base restaurée (index en mémoire compris).'
          : 'Vous pouvez redémarrer le serveur Maillage.',
      );
    });
}
