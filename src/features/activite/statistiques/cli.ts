import type { Command } from 'commander';
import { withContext } from '../../../platform/cli.ts';
import { systemContext } from '../../../platform/context.ts';
import { planifierTache } from '../../../platform/taches/planifier.ts';
import { commandeRecalculer, commandeVerifier } from './compteurs/commandes.ts';
import { TACHE_RECALCUL_COMPTEURS } from './compteurs/tache-recalcul.ts';

/** `maillage activite compteurs verifier|recalculer`. */
export function registerCompteursCommands(program: Command) {
  const activite =
    program.commands.find((c) => c.name() === 'activite') ??
    program.command('activite').description('Activité des conseillers : accompagnements et statistiques');
  const compteurs = activite
    .command('compteurs')
    .description('Tables de synthèse des statistiques d’activité (ADR 023)');
  compteurs
    .command('verifier')
    .description(
      'Recompte depuis les activités enregistrées et affiche chaque écart (code de sortie 1 si écart)',
    )
    .action(async () => {
      const code = await withContext(({ deps }) => commandeVerifier(deps.db, (l) => console.log(l)));
      process.exitCode = code;
    });
  compteurs
    .command('recalculer')
    .description('Reconstruit les tables de synthèse depuis les activités enregistrées, mois par mois')
    .option('--en-tache', 'confier le recalcul au serveur, en tâche de fond (suivi dans les tâches)')
    .action(async (options: { enTache?: boolean }) => {
      await withContext(async ({ deps }) => {
        if (options.enTache) {
          const id = await planifierTache(systemContext(deps), TACHE_RECALCUL_COMPTEURS, {});
          console.log(
            `Recalcul confié au serveur : tâche ${id}. Il s’exécutera au prochain démarrage s’il est arrêté.`,
          );
          return;
        }
        await commandeRecalculer(deps.db, (l) => console.log(l));
      });
    });
}
