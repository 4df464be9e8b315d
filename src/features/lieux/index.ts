/** The lieux feature's public surface: what other features may use. */

export { prng } from './demo/generateur.ts';
export { departementDe, VILLES, type Ville } from './demo/villes.ts';
export { type AccessibiliteLieu, accessibiliteLieu } from './publie/accessibilite-lieu.ts';
export { type LieuResume, lieuxDeStructure, lieuxParIds } from './publie/lieux-de-structure.ts';
export { empreinteLieux, type LieuGeolocalise, lieuxGeolocalises } from './publie/lieux-geolocalises.ts';
export { MAPLIBRE_BASE } from './recherche/carte.ts';
