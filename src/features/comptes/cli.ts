import type { Command } from 'commander';
import { ROLES } from '../../platform/auth/roles.ts';
import { CliError, withContext } from '../../platform/cli.ts';
import { systemContext } from '../../platform/context.ts';
import { creerUtilisateur } from './utilisateurs/creer-utilisateur.ts';

interface CreateOptions {
  email: string;
  prenom: string;
  nom: string;
  role: string;
  departement?: string;
  structure?: string;
  referent?: boolean;
  password?: string;
}

export function registerUsersCommands(program: Command) {
  const users = program.command('users').description('Comptes des personnes');
  users
    .command('create')
    .description('Crée un compte avec un rôle (sans question : tout passe par les options)')
    .requiredOption('--email <adresse>', 'adresse électronique (identifiant de connexion)')
    .requiredOption('--prenom <prénom>', 'prénom')
    .requiredOption('--nom <nom>', 'nom')
    .requiredOption('--role <rôle>', `rôle : ${ROLES.join(', ')}`)
    .option('--departement <code>', 'code du département (rôle prefecture)')
    .option(
      '--structure <id|siret>',
      'identifiant ou SIRET de la structure (rôles structure, conseiller, aidant)',
    )
    .option('--referent', 'aidant référent de sa structure')
    .option('--password <mot de passe>', 'mot de passe (généré et affiché une fois s’il est absent)')
    .action(async (options: CreateOptions) => {
      await withContext(async ({ deps }) => {
        const result = await creerUtilisateur(systemContext(deps), {
          email: options.email,
          prenom: options.prenom,
          nom: options.nom,
          role: options.role,
          departement: options.departement,
          structure: options.structure,
          referent: Boolean(options.referent),
          motDePasse: options.password,
        });
        if (!result.ok) throw new CliError(result.error.message);
        const { email, role, id, motDePasseGenere } = result.value;
        console.log(`Compte créé : ${email} (rôle ${role}, identifiant ${id}).`);
        if (motDePasseGenere) {
          console.log(`Mot de passe généré (affiché une seule fois) : ${motDePasseGenere}`);
        }
      });
    });
}
