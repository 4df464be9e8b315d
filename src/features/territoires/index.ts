/**
 * The territoires feature's public surface: the reference geography (régions, départements, EPCI,
 * communes and their centres) every other feature reads through these queries, never through the tables.
 */
export type { SourceCentre } from '../../db/schema/index.ts';
export {
  type DemandeAdresse,
  type LocalisationAdresse,
  localiserAdresse,
  type PositionAdresse,
  positionDe,
  rattacher,
  suggererAdresses,
} from './adresses/localiser-adresse.ts';
export {
  type CommunePourCouverture,
  codesEpci,
  communesPourCouverture,
} from './centres/communes-couverture.ts';
export { type CentreCommune, centreCommune, centresCommunes } from './centres/index.ts';
export { fuseauHoraire } from './domain/fuseaux.ts';
export { normaliserNom } from './domain/normalisation.ts';
export { presenterCommune, presenterDepartement } from './presenter.ts';
export {
  type CommuneDetail,
  type CommuneLigne,
  communeDetaillee,
  communeParCode,
  communesDesCodesPostaux,
  communesParCodes,
  communesParNomsRecherche,
  compterReferentiel,
  type DepartementLigne,
  departementAvecRegion,
  departementExiste,
  departementsParCode,
  listerDepartements,
  nomDepartement,
  nomsCommunes,
  nomsDepartements,
  statistiquesDepartement,
} from './queries.ts';
export { rechercherCommunes } from './rechercher-communes.ts';
export { communesPubliees, departementsPublies } from './relations-publiees.ts';
export { type CommuneChoisie, type ResolutionCommune, resolveCommune } from './resoudre-commune.ts';
