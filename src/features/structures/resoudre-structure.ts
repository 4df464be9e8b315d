import type { Db } from '../../db/client.ts';
import { chargerStructure, rechercherStructures, type StructureChoisie } from './queries.ts';

export type ResolutionStructure =
  | { kind: 'trouvee'; structure: StructureChoisie }
  | { kind: 'choix'; candidats: StructureChoisie[] }
  | { kind: 'aucune' };

/**
 * Forms without JavaScript: the person types a name or SIRET; one match is taken, several are offered
 * as radio buttons on the re-rendered form, none is an error.
 */
export async function resoudreStructure(
  db: Db,
  input: { structureId?: string | undefined; recherche?: string | undefined },
): Promise<ResolutionStructure> {
  if (input.structureId) {
    const s = await chargerStructure(db, input.structureId);
    return s ? { kind: 'trouvee', structure: s } : { kind: 'aucune' };
  }
  const found = await rechercherStructures(db, input.recherche ?? '');
  if (found.length === 0) return { kind: 'aucune' };
  const exact = found.filter((s) => s.siret === input.recherche?.replace(/\s/g, ''));
  if (exact.length === 1) return { kind: 'trouvee', structure: exact[0]! };
  if (found.length === 1) return { kind: 'trouvee', structure: found[0]! };
  return { kind: 'choix', candidats: found };
}
