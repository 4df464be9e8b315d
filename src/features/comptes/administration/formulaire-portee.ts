import type { Db } from '../../../db/client.ts';
import { isRole, ROLE_SCOPE } from '../../../platform/auth/roles.ts';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { resoudreStructure, type StructureChoisie } from '../../structures/index.ts';

export interface ChampsPorteeSaisis {
  role?: string | undefined;
  departement?: string | undefined;
  structure?: string | undefined;
  structure_recherche?: string | undefined;
}

export type PorteeLue =
  | { role: string; departementCode: string | null; structureId: string | null }
  | { errors: FieldErrors; candidats?: StructureChoisie[] };

/**
 * Reads the role + scope fields of a form. Fields that do not apply to the chosen role are ignored; a
 * structure typed by name or SIRET is resolved to its id, or the candidates are returned to choose from.
 * The use case validates the result again (existence, policy).
 */
export async function lirePortee(db: Db, values: ChampsPorteeSaisis): Promise<PorteeLue> {
  if (!values.role || !isRole(values.role)) return { errors: { role: 'Choisissez un rôle.' } };
  const kind = ROLE_SCOPE[values.role];
  if (kind === 'departement') {
    if (!values.departement) return { errors: { departement: 'Choisissez le département de ce rôle.' } };
    return { role: values.role, departementCode: values.departement, structureId: null };
  }
  if (kind !== 'structure') return { role: values.role, departementCode: null, structureId: null };
  if (!values.structure && !values.structure_recherche) {
    return { errors: { structure_recherche: 'Indiquez la structure (nom ou SIRET).' } };
  }
  const found = await resoudreStructure(db, {
    structureId: values.structure,
    recherche: values.structure_recherche,
  });
  if (found.kind === 'aucune') {
    return {
      errors: { structure_recherche: 'Aucune structure ne correspond : vérifiez le nom ou le SIRET.' },
    };
  }
  if (found.kind === 'choix') {
    return {
      errors: { structure: 'Plusieurs structures correspondent : choisissez-en une.' },
      candidats: found.candidats,
    };
  }
  return { role: values.role, departementCode: null, structureId: found.structure.id };
}
