/** The activite feature's public surface: what other features (pilotage) may use. */
export { activiteModule } from './module.ts';
