/**
 * The structures feature's public surface: it owns the `structures` table; other features read it with
 * these queries and write it with these use cases, never through the table.
 */
export { creerStructures } from './creer-structures.ts';
export { insererStructuresDemo, type StructureDemo } from './demo.ts';
export { isSiret, luhnValide, parseSiret, SIREN_LA_POSTE, type Siret, sirenDe } from './domain/siret.ts';
export {
  type CategorieEmployeur,
  categorieEmployeur,
  isStructureType,
  STRUCTURE_TYPE_LABELS,
  STRUCTURE_TYPES,
  type StructureType,
} from './domain/types.ts';
export { type AuditStructure, enregistrerStructure, type ValeursStructure } from './enregistrer-structure.ts';
export { type FicheStructure, ficheStructure } from './fiche.ts';
export {
  chargerStructure,
  compterStructures,
  idsStructuresDuDepartement,
  rechercherStructures,
  type StructureChoisie,
  type StructureDuDepartement,
  structuresDuDepartement,
  structuresParIds,
  structuresParSiret,
} from './queries.ts';
export { structuresPubliees } from './relation-publiee.ts';
export { type ResolutionStructure, resoudreStructure } from './resoudre-structure.ts';
export { structureDepuisOption } from './structure-depuis-option.ts';
export { verrouillerStructure } from './verrouiller-structure.ts';
