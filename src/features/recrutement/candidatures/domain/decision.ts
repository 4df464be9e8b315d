import { fail, ok, type Result } from '../../../../platform/result.ts';
import { montantPostes } from '../../domain/budget.ts';
import { verifierRetraitPostes } from '../../domain/quota.ts';
import { TRANSITIONS_CANDIDATURE_STRUCTURE, verifierTransition } from '../../domain/transitions.ts';
import {
  type AvisCoselec,
  type NatureDecision,
  STATUT_CANDIDATURE_STRUCTURE_LABELS,
  type StatutCandidatureStructure,
} from '../../domain/types.ts';

/** What the committee decides for one application at one session. */
export type ChoixComite =
  | { type: 'positif'; postes: number }
  | { type: 'negatif' }
  | { type: 'examen_complementaire' }
  /** Amendments, on an application already validated. */
  | { type: 'ajout'; postes: number }
  | { type: 'retrait'; postes: number };

export interface EtatCandidature {
  statut: StatutCandidatureStructure;
  postesAttribues: number;
  postesOccupes: number;
}

/** The decision row to write and the application's next status. */
export interface DecisionCalculee {
  nature: NatureDecision;
  avis: AvisCoselec;
  /** Signed change in granted posts. */
  postes: number;
  financementParPosteEur: number;
  montantEur: number;
  statut: StatutCandidatureStructure;
}

export const POSTES_MAX_PAR_DECISION = 100;

function postesValides(postes: number): boolean {
  return Number.isInteger(postes) && postes >= 1 && postes <= POSTES_MAX_PAR_DECISION;
}

export function calculerDecision(
  etat: EtatCandidature,
  choix: ChoixComite,
  financementParPosteEur: number,
): Result<DecisionCalculee> {
  const row = (
    nature: NatureDecision,
    avis: AvisCoselec,
    postes: number,
    statut: StatutCandidatureStructure,
  ) =>
    ok({
      nature,
      avis,
      postes,
      financementParPosteEur,
      montantEur: montantPostes(postes, financementParPosteEur),
      statut,
    });
  const validee = etat.statut === 'VALIDATION_COSELEC';
  const transition = (to: StatutCandidatureStructure) =>
    verifierTransition(
      TRANSITIONS_CANDIDATURE_STRUCTURE,
      etat.statut,
      to,
      STATUT_CANDIDATURE_STRUCTURE_LABELS,
    );

  switch (choix.type) {
    case 'positif':
    case 'ajout': {
      if (!postesValides(choix.postes)) {
        return fail(
          'postes_invalides',
          `Indiquez un nombre de postes entre 1 et ${POSTES_MAX_PAR_DECISION}.`,
          422,
          {
            postes: `Indiquez un nombre de postes entre 1 et ${POSTES_MAX_PAR_DECISION}.`,
          },
        );
      }
      if (choix.type === 'ajout' && !validee) {
        return fail(
          'avenant_impossible',
          'Un avenant ne concerne qu’une candidature déjà validée par le comité.',
          409,
        );
      }
      // A positive opinion on a validated application is an amendment adding posts.
      if (validee) return row('avenant', 'POSITIF', choix.postes, 'VALIDATION_COSELEC');
      const t = transition('VALIDATION_COSELEC');
      if (!t.ok) return t;
      return row('initiale', 'POSITIF', choix.postes, 'VALIDATION_COSELEC');
    }
    case 'retrait': {
      if (!validee) {
        return fail(
          'avenant_impossible',
          'Un avenant ne concerne qu’une candidature déjà validée par le comité.',
          409,
        );
      }
      const r = verifierRetraitPostes(
        { attribues: etat.postesAttribues, occupes: etat.postesOccupes },
        choix.postes,
      );
      if (!r.ok) return r;
      return row('avenant', 'POSITIF', -choix.postes, 'VALIDATION_COSELEC');
    }
    case 'negatif': {
      const t = transition('REFUS_COSELEC');
      if (!t.ok) return t;
      return row('initiale', 'NEGATIF', 0, 'REFUS_COSELEC');
    }
    case 'examen_complementaire': {
      const t = transition('EXAMEN_COMPLEMENTAIRE_COSELEC');
      if (!t.ok) return t;
      return row('initiale', 'EXAMEN_COMPLEMENTAIRE', 0, 'EXAMEN_COMPLEMENTAIRE_COSELEC');
    }
  }
}
