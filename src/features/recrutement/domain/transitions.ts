import { fail, ok, type Result } from '../../../platform/result.ts';
import type {
  StatutCandidat,
  StatutCandidatureStructure,
  StatutConvention,
  StatutMiseEnRelation,
} from './types.ts';

/** A state machine as a table: from each status, the statuses it may move to. */
export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

export function transitionPermise<S extends string>(table: Transitions<S>, from: S, to: S): boolean {
  return table[from].includes(to);
}

export function verifierTransition<S extends string>(
  table: Transitions<S>,
  from: S,
  to: S,
  labels: Record<S, string>,
): Result<S> {
  if (transitionPermise(table, from, to)) return ok(to);
  return fail(
    'transition_interdite',
    `Impossible de passer de « ${labels[from]} » à « ${labels[to]} ».`,
    409,
  );
}

/**
 * Structure applications. A refused application may be re-examined at a later session; withdrawal
 * (ABANDON) stays possible after validation (the structure gives its posts back); ANNULEE and DOUBLON
 * are ANCT's corrections. Repeated decisions on a validated application are amendments (same status).
 */
export const TRANSITIONS_CANDIDATURE_STRUCTURE: Transitions<StatutCandidatureStructure> = {
  CREEE: [
    'VALIDATION_COSELEC',
    'REFUS_COSELEC',
    'EXAMEN_COMPLEMENTAIRE_COSELEC',
    'ABANDON',
    'ANNULEE',
    'DOUBLON',
  ],
  EXAMEN_COMPLEMENTAIRE_COSELEC: [
    'VALIDATION_COSELEC',
    'REFUS_COSELEC',
    'EXAMEN_COMPLEMENTAIRE_COSELEC',
    'ABANDON',
    'ANNULEE',
    'DOUBLON',
  ],
  REFUS_COSELEC: ['VALIDATION_COSELEC', 'EXAMEN_COMPLEMENTAIRE_COSELEC', 'ANNULEE', 'DOUBLON'],
  VALIDATION_COSELEC: ['VALIDATION_COSELEC', 'ABANDON', 'ANNULEE'],
  ABANDON: [],
  ANNULEE: [],
  DOUBLON: [],
};

/** Statuses of an application still in the programme (one such application per structure). */
export const STATUTS_CANDIDATURE_ACTIVE: readonly StatutCandidatureStructure[] = [
  'CREEE',
  'EXAMEN_COMPLEMENTAIRE_COSELEC',
  'REFUS_COSELEC',
  'VALIDATION_COSELEC',
];

/**
 * Matches and the recruitment that follows them. `declinee` is the candidate's own refusal;
 * `non_disponible` closes a proposal because the candidate was recruited elsewhere or paused,
 * and reopens to `nouvelle` when the candidate becomes available again.
 */
export const TRANSITIONS_MISE_EN_RELATION: Transitions<StatutMiseEnRelation> = {
  nouvelle: ['interessee', 'non_interessee', 'declinee', 'non_disponible'],
  interessee: ['non_interessee', 'a_confirmer', 'declinee', 'non_disponible'],
  non_interessee: ['interessee', 'non_disponible'],
  declinee: [],
  // The candidate confirms (ANCT then sees it) or declines the hire the structure recorded.
  a_confirmer: ['recrutee', 'declinee'],
  recrutee: ['validee', 'refusee', 'renvoyee', 'rupture'],
  // Sent back: the structure corrects the contract, the candidate confirms again.
  renvoyee: ['a_confirmer', 'rupture'],
  refusee: [],
  validee: ['en_poste', 'rupture'],
  en_poste: ['rupture'],
  non_disponible: ['nouvelle'],
  rupture: [],
};

export const TRANSITIONS_CONVENTION: Transitions<StatutConvention> = {
  // SIGNEE directly: ANCT records a copy it received on paper.
  A_SIGNER: ['SIGNATURE_A_VERIFIER', 'SIGNEE', 'RESILIEE'],
  SIGNATURE_A_VERIFIER: ['SIGNEE', 'A_SIGNER', 'RESILIEE'],
  SIGNEE: ['RESILIEE'],
  RESILIEE: [],
};

/** A withdrawn candidate's data is erased: there is no way back (a new application starts afresh). */
export const TRANSITIONS_CANDIDAT: Transitions<StatutCandidat> = {
  actif: ['en_pause', 'retire'],
  en_pause: ['actif', 'retire'],
  retire: [],
};
