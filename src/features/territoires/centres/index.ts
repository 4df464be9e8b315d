/**
 * Commune centres for other features (place search around a commune, structures' and candidates'
 * positions). Read-only; `source` says how much to trust a centre: 'import' (official file), 'demo'
 * (approximate, demo mode), 'derive' (median of the commune's geolocated places and structures).
 */
export type { SourceCentre } from '../../../db/schema/index.ts';
export { type CentreCommune, centreCommune, centresCommunes } from './repo.ts';
