import type { ContexteUtilisateur } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { type FichierStocke, lireFichier } from '../fichiers.ts';
import { can } from '../policy.ts';
import { chargerConvention, ressourceConvention } from './repo.ts';
import { CONVENTION_INTROUVABLE } from './signer-convention.ts';

/** The convention's PDF (the signed one when asked and present), for whoever may see it. */
export async function telechargerConvention(
  ctx: ContexteUtilisateur,
  conventionId: string,
  version: 'emise' | 'signee' = 'emise',
): Promise<Result<FichierStocke>> {
  const c = await chargerConvention(ctx.db, conventionId);
  if (!c || !can(ctx.actor, 'voir', ressourceConvention(c)))
    return fail('introuvable', CONVENTION_INTROUVABLE, 404);
  if (!can(ctx.actor, 'telecharger', ressourceConvention(c)))
    return fail('acces_refuse', 'Vous ne pouvez pas télécharger cette convention.', 403);
  const id = version === 'signee' ? c.fichierSigneId : c.fichierId;
  if (!id)
    return fail(
      'fichier_absent',
      version === 'signee'
        ? 'Aucune convention signée n’a été déposée.'
        : 'Le PDF de cette convention est absent.',
      404,
    );
  const f = await lireFichier(ctx.db, id);
  if (!f) return fail('fichier_absent', 'Le fichier est introuvable.', 404);
  return ok(f);
}
