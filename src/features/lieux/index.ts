/** The lieux feature's public surface: what other features may use. */
export { MAPLIBRE_BASE } from './recherche/carte.ts';
