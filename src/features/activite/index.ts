/** The activite feature's public surface: what other features (pilotage) may use. */

export { type HistoriqueCra, historiqueCra } from './historique/queries.ts';
export { activiteModule } from './module.ts';
export { ChampsPassNumerique } from './pass/champs-pass-numerique.tsx';
export { enregistrerChequesUtilises } from './pass/enregistrer-cheques.ts';
export { lireChequeFormulaire } from './pass/formulaire.ts';
export { verifierCheque } from './pass/verifier-cheque.ts';
