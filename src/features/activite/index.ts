/** The activite feature's public surface: what other features (pilotage) may use. */

export { type HistoriqueCra, historiqueCra } from './historique/queries.ts';
export { activiteModule } from './module.ts';
