import { fail, ok, type Result } from '../../../../platform/result.ts';
import type { CategorieEmployeur } from '../../../structures/index.ts';
import { montantPostes } from '../../domain/budget.ts';
import { financementParPoste, type ParametresProgramme } from '../../domain/parametres.ts';

export interface ConventionCalculee {
  postes: number;
  financementParPosteEur: number;
  montantEur: number;
  dureeMois: number;
}

/** A funding convention for the posts a positive decision granted. */
export function calculerConvention(
  params: ParametresProgramme,
  categorie: CategorieEmployeur,
  postes: number,
  dureeMois: number,
): Result<ConventionCalculee> {
  if (!Number.isInteger(postes) || postes < 1) {
    return fail('convention_sans_poste', 'Une convention porte sur au moins un poste attribué.', 409);
  }
  if (!params.dureesContratMois.includes(dureeMois)) {
    const message = `La durée doit être l’une des durées du programme : ${params.dureesContratMois.join(' ou ')} mois.`;
    return fail('duree_invalide', message, 422, { dureeMois: message });
  }
  const parPoste = financementParPoste(params, categorie);
  return ok({
    postes,
    financementParPosteEur: parPoste,
    montantEur: montantPostes(postes, parPoste),
    dureeMois,
  });
}

/** "CNFS-2021-000042": readable on paper, unique by construction (sequence). */
export function numeroConvention(annee: number, sequence: number): string {
  return `CNFS-${annee}-${String(sequence).padStart(6, '0')}`;
}
