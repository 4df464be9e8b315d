import { CliError } from '../../platform/cli.ts';
import type { AppDeps } from '../../platform/http/deps.ts';
import { resoudreStructure } from './resoudre-structure.ts';

/** `--structure` takes an id, a SIRET or a name; several matches are listed so the operator can choose. */
export async function structureDepuisOption(
  deps: AppDeps,
  value: string | undefined,
): Promise<string | undefined> {
  if (!value) return undefined;
  const uuid = /^[0-9a-f-]{36}$/i.test(value);
  const found = await resoudreStructure(deps.db, uuid ? { structureId: value } : { recherche: value });
  if (found.kind === 'trouvee') return found.structure.id;
  if (found.kind === 'aucune') throw new CliError(`Aucune structure ne correspond à « ${value} ».`);
  const lines = found.candidats.map(
    (s) => `  ${s.id}  ${s.nom} (${s.departementCode}${s.siret ? `, SIRET ${s.siret}` : ''})`,
  );
  throw new CliError(
    `Plusieurs structures correspondent à « ${value} » ; passez l’identifiant :\n${lines.join('\n')}`,
  );
}
