import type { Actor } from '../../../platform/auth/actor.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';

export const PORTEE_ECRITURE_LIEUX = 'lieux:ecriture';

/**
 * The structure a caller writes places for: only an API token limited to a structure and holding
 * `lieux:ecriture` (a person manages places with the forms of « Nos lieux »).
 */
export function structureEcrivante(actor: Actor | null): Result<{ structureId: string }> {
  if (actor === null) {
    return fail('authentification_requise', 'Fournissez un jeton d’API (Authorization: Bearer …).', 401);
  }
  if (actor.kind !== 'api') {
    return fail('jeton_requis', 'Cette route s’appelle avec un jeton d’API, pas avec une session.', 403);
  }
  if (!actor.scopes.includes(PORTEE_ECRITURE_LIEUX)) {
    return fail('portee_manquante', `Ce jeton n’a pas la portée « ${PORTEE_ECRITURE_LIEUX} ».`, 403);
  }
  if (!actor.structureId) {
    return fail(
      'jeton_sans_structure',
      'Ce jeton n’est limité à aucune structure : demandez à l’ANCT un jeton lié à la structure qui gère ces lieux.',
      403,
    );
  }
  return ok({ structureId: actor.structureId });
}
