/** Kinds of host structures (the recruitment platform's vocabulary, with associations and ESS split out). */
export const STRUCTURE_TYPES = [
  'COMMUNE',
  'EPCI',
  'DEPARTEMENT',
  'REGION',
  'COLLECTIVITE',
  'GIP',
  'ASSOCIATION',
  'ENTREPRISE_ESS',
  'ENTREPRISE_PRIVEE',
] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

export const STRUCTURE_TYPE_LABELS: Record<StructureType, string> = {
  COMMUNE: 'Commune',
  EPCI: 'Intercommunalité (EPCI)',
  DEPARTEMENT: 'Département',
  REGION: 'Région',
  COLLECTIVITE: 'Autre collectivité territoriale',
  GIP: 'Groupement d’intérêt public (GIP)',
  ASSOCIATION: 'Association',
  ENTREPRISE_ESS: 'Entreprise de l’économie sociale et solidaire',
  ENTREPRISE_PRIVEE: 'Entreprise privée',
};

/** Funding per post depends on whether the employer is public or private. */
export type CategorieEmployeur = 'public' | 'prive';

export function categorieEmployeur(type: StructureType): CategorieEmployeur {
  return type === 'ASSOCIATION' || type === 'ENTREPRISE_ESS' || type === 'ENTREPRISE_PRIVEE'
    ? 'prive'
    : 'public';
}

export function isStructureType(value: unknown): value is StructureType {
  return typeof value === 'string' && (STRUCTURE_TYPES as readonly string[]).includes(value);
}
