import { fail, ok, type Result } from '../../../platform/result.ts';

/** Posts of one structure: granted by the committee, and occupied (recruited + validated + in post). */
export interface PostesStructure {
  attribues: number;
  occupes: number;
}

export function postesOuverts(p: PostesStructure): number {
  return Math.max(0, p.attribues - p.occupes);
}

/** Quota rule: recruited + validated + in post ≤ posts granted. */
export function verifierPosteDisponible(p: PostesStructure): Result<PostesStructure> {
  if (p.attribues === 0) {
    return fail(
      'aucun_poste_attribue',
      'Cette structure n’a pas de poste de conseiller numérique attribué par le comité de sélection : elle ne peut pas encore recruter.',
      409,
    );
  }
  if (p.occupes + 1 > p.attribues) {
    const pourvus =
      p.attribues === 1
        ? 'le poste attribué à cette structure est déjà pourvu'
        : `les ${p.attribues} postes attribués à cette structure sont déjà pourvus`;
    return fail(
      'quota_structure_atteint',
      `Recrutement impossible : ${pourvus}. Si un autre recrutement vient d’être enregistré, actualisez la page ; ` +
        'sinon, demandez un poste supplémentaire à l’ANCT.',
      409,
    );
  }
  return ok({ attribues: p.attribues, occupes: p.occupes + 1 });
}

/** An amendment may not withdraw posts that advisers already hold. */
export function verifierRetraitPostes(p: PostesStructure, retrait: number): Result<PostesStructure> {
  if (!Number.isInteger(retrait) || retrait < 1) {
    return fail('retrait_invalide', 'Indiquez un nombre entier de postes à retirer, au moins 1.', 422);
  }
  if (p.attribues - retrait < p.occupes) {
    const possible = Math.max(0, p.attribues - p.occupes);
    return fail(
      'retrait_impossible',
      `Impossible de retirer ${retrait} poste${retrait > 1 ? 's' : ''} : ${p.occupes} ${p.occupes > 1 ? 'sont pourvus' : 'est pourvu'} ` +
        `sur ${p.attribues}. Vous pouvez en retirer au plus ${possible}.`,
      409,
    );
  }
  return ok({ attribues: p.attribues - retrait, occupes: p.occupes });
}
