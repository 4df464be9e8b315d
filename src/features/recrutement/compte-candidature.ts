import type { Role } from '../../platform/auth/roles.ts';
import type { UseCaseContext } from '../../platform/context.ts';
import { fail, type Result } from '../../platform/result.ts';
import { creerUtilisateur, type UtilisateurCree } from '../comptes/index.ts';

/**
 * The account a public application form opens (a structure's contact, a candidate), created by the
 * comptes feature inside the application's transaction: the application and its account are written
 * all or nothing. The password was asked and checked by the form.
 */
export async function creerCompteCandidature(
  ctx: UseCaseContext,
  personne: { email: string; prenom: string; nom: string; role: Role; structure?: string },
  motDePasseHash: string,
): Promise<Result<UtilisateurCree>> {
  const cree = await creerUtilisateur(ctx, personne, { motDePasseHash, source: 'candidature' });
  if (!cree.ok && cree.error.code === 'email_deja_utilise') {
    return fail(
      'email_deja_utilise',
      'Un compte utilise déjà cette adresse électronique : connectez-vous, ou choisissez une autre adresse.',
      409,
      { email: 'Un compte utilise déjà cette adresse électronique.' },
    );
  }
  return cree;
}
