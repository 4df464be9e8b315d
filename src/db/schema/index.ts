export * from './api.ts';
export * from './audit.ts';
export * from './comptes.ts';
export * from './lieux.ts';
export * from './lieux-suivi.ts';
export * from './recrutement.ts';
export * from './structures.ts';
export * from './territoires.ts';
