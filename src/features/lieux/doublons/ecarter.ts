import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { ContexteUtilisateur } from '../../../platform/context.ts';
import { allowedBy } from '../../../platform/policies/can.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { REGISTRE_LIEUX, registreLieuxPolicy } from '../import/policy.ts';
import { doublonParId, marquerTraite } from './repo.ts';

/** "These are two different places": the pair is dismissed and never proposed again. Audited. */
export async function ecarterDoublon(
  ctx: ContexteUtilisateur,
  doublonId: string,
): Promise<Result<{ doublonId: string }>> {
  const { actor } = ctx;
  if (!allowedBy(registreLieuxPolicy, actor, 'traiter_doublons', REGISTRE_LIEUX)) {
    return fail('acces_refuse', 'Seule l’ANCT peut écarter des doublons.', 403);
  }
  const id = z.uuid().safeParse(doublonId);
  if (!id.success) return fail('doublon_introuvable', 'Cette paire de doublons n’existe pas.', 404);
  return ctx.db.transaction(async (tx) => {
    const paire = await doublonParId(tx, id.data);
    if (!paire) return fail('doublon_introuvable', 'Cette paire de doublons n’existe pas.', 404);
    if (paire.statut !== 'candidat')
      return fail('doublon_deja_traite', 'Cette paire a déjà été traitée.', 409);
    await marquerTraite(tx, id.data, 'ecarte', actor.kind === 'user' ? actor.userId : null, ctx.now, null);
    await recordAudit(tx, {
      actor,
      action: 'lieux.doublon.ecarte',
      entityType: 'lieux_doublons',
      entityId: id.data,
      ip: ctx.ip,
      details: { lieuA: paire.lieuAId, lieuB: paire.lieuBId, motif: paire.motif },
    });
    return ok({ doublonId: id.data });
  });
}
