import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { allowedBy } from '../../../platform/policies/can.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { REGISTRE_LIEUX, registreLieuxPolicy } from '../import/policy.ts';
import { enregistrerCandidats } from './repo.ts';

/**
 * Looks for probable duplicates across sources (same pivot within 500 m, or a similar name within
 * 200 m) and records new candidate pairs. `lieuIds` limits the search to pairs involving those places.
 */
export async function detecterDoublons(
  ctx: UseCaseContext,
  options: { lieuIds?: string[] } = {},
): Promise<Result<{ nouveaux: number }>> {
  const { actor } = ctx;
  if (actor !== null && !allowedBy(registreLieuxPolicy, actor, 'traiter_doublons', REGISTRE_LIEUX)) {
    return fail('acces_refuse', 'Seule l’ANCT peut rechercher les doublons.', 403);
  }
  const nouveaux = await ctx.db.transaction(async (tx) => {
    const n = await enregistrerCandidats(tx, options.lieuIds);
    if (actor !== null) {
      await recordAudit(tx, {
        actor,
        action: 'lieux.doublons.detection',
        entityType: 'lieux_doublons',
        ip: ctx.ip,
        details: { nouveaux: n },
      });
    }
    return n;
  });
  return ok({ nouveaux });
}
