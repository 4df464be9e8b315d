import type { Command } from 'commander';
import { CliError, withContext } from '../../platform/cli.ts';
import { systemContext } from '../../platform/context.ts';
import type { AppDeps } from '../../platform/http/deps.ts';
import { structureDepuisOption } from '../structures/index.ts';
import { creerJetonApi } from './creer-jeton.ts';
import { PORTEES_CONNUES } from './domain/portees.ts';

export interface TokenOptions {
  nom: string;
  portees: string;
  departement?: string | undefined;
  structure?: string | undefined;
}

/** Creates an API token as the operator (audited as a command-line action); returns what to print. */
export async function creerJetonDepuisCli(deps: AppDeps, options: TokenOptions): Promise<string[]> {
  const portees = options.portees
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const inconnues = portees.filter((p) => !(PORTEES_CONNUES as string[]).includes(p));
  if (inconnues.length) {
    throw new CliError(
      `Portée inconnue : ${inconnues.join(', ')}. Portées possibles : ${PORTEES_CONNUES.join(', ')}.`,
    );
  }
  const structureId = await structureDepuisOption(deps, options.structure);
  const result = await creerJetonApi(
    { ...systemContext(deps), operateurCli: true },
    { nom: options.nom, portees, departementCode: options.departement, structureId },
  );
  if (!result.ok) throw new CliError(result.error.message);
  return [
    `Jeton créé pour « ${options.nom} » (portées : ${[...new Set(portees)].sort().join(', ')}).`,
    'Copiez-le maintenant : il ne sera plus jamais affiché.',
    result.value.jeton,
  ];
}

export function registerTokensCommands(program: Command) {
  const tokens = program.command('tokens').description('Jetons d’API');
  tokens
    .command('create')
    .description('Crée un jeton d’API (affiché une seule fois, conservé haché)')
    .requiredOption('--nom <nom>', 'nom du client qui utilisera le jeton')
    .requiredOption('--portees <liste>', `portées séparées par des virgules : ${PORTEES_CONNUES.join(', ')}`)
    .option('--departement <code>', 'limiter le jeton à un département')
    .option('--structure <id|siret|nom>', 'limiter le jeton à une structure')
    .action(async (options: TokenOptions) => {
      await withContext(async ({ deps }) => {
        for (const line of await creerJetonDepuisCli(deps, options)) console.log(line);
      });
    });
}
