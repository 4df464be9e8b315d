import type { Command } from 'commander';
import { ROLES } from '../../platform/auth/roles.ts';
import { CliError, withContext } from '../../platform/cli.ts';
import { systemContext } from '../../platform/context.ts';
import type { AppDeps } from '../../platform/http/deps.ts';
import { structureDepuisOption } from '../structures/index.ts';
import { creerInvitation } from './invitations/creer-invitation.ts';

export interface InviteOptions {
  email: string;
  role: string;
  departement?: string | undefined;
  structure?: string | undefined;
}

/** Sends an invitation as the operator (audited as a command-line action); returns what to print. */
export async function inviterDepuisCli(deps: AppDeps, options: InviteOptions): Promise<string[]> {
  const structureId = await structureDepuisOption(deps, options.structure);
  const result = await creerInvitation(
    systemContext(deps),
    { email: options.email, role: options.role, departementCode: options.departement, structureId },
    { operateurCli: true },
  );
  if (!result.ok) throw new CliError(result.error.message);
  const v = result.value;
  return [
    v.courrielEnvoye
      ? `Invitation envoyée à ${v.email}${v.compteExistant ? ' (compte existant : le rôle s’ajoutera après connexion)' : ''}.`
      : `Invitation enregistrée pour ${v.email}, mais le courriel n’a pas pu partir : transmettez le lien vous-même.`,
    `Lien (valable jusqu’au ${v.expireLe.toISOString()}, une seule fois) : ${v.lien}`,
  ];
}

export function registerUsersInviteCommand(program: Command) {
  const users =
    program.commands.find((c) => c.name() === 'users') ??
    program.command('users').description('Comptes des personnes');
  users
    .command('invite')
    .description('Invite une personne par courriel à un rôle (lien valable 7 jours, une seule fois)')
    .requiredOption('--email <adresse>', 'adresse électronique de la personne')
    .requiredOption('--role <rôle>', `rôle : ${ROLES.join(', ')}`)
    .option('--departement <code>', 'code du département (rôle prefecture)')
    .option('--structure <id|siret|nom>', 'structure (rôles structure, conseiller, aidant)')
    .action(async (options: InviteOptions) => {
      await withContext(async ({ deps }) => {
        for (const line of await inviterDepuisCli(deps, options)) console.log(line);
      });
    });
}
