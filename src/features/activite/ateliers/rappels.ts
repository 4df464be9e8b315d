import { and, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import { ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { systemContext } from '../../../platform/context.ts';
import type { Job } from '../../../platform/jobs/job.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import { courriel, envoyer, lieuDe } from './courriels.ts';
import { ajouterJours, instantParis } from './domain/atelier.ts';

/**
 * One reminder per confirmed registrant of the workshops starting tomorrow (Paris). Each registration
 * is claimed (`rappel_envoye_le`) before its mail leaves, so a second run, or a second process, sends
 * nothing more.
 */
export async function envoyerRappels(ctx: UseCaseContext): Promise<{ envoyes: number }> {
  const demain = ajouterJours(jourParis(ctx.now), 1);
  const du = instantParis(demain, '00:00');
  const au = instantParis(ajouterJours(demain, 1), '00:00');
  const concernes = await ctx.db
    .select()
    .from(ateliers)
    .where(and(eq(ateliers.statut, 'publie'), gte(ateliers.debut, du), lt(ateliers.debut, au)));
  let envoyes = 0;
  for (const atelier of concernes) {
    const reclames = await ctx.db
      .update(ateliersInscriptions)
      .set({ rappelEnvoyeLe: ctx.now })
      .where(
        and(
          eq(ateliersInscriptions.atelierId, atelier.id),
          eq(ateliersInscriptions.statut, 'confirmee'),
          isNull(ateliersInscriptions.rappelEnvoyeLe),
          isNotNull(ateliersInscriptions.courriel),
        ),
      )
      .returning();
    if (reclames.length === 0) continue;
    const lieu = await lieuDe(ctx, atelier);
    await envoyer(
      ctx,
      reclames.map((i) => courriel(ctx, 'rappel', atelier, lieu, i)),
    );
    envoyes += reclames.length;
  }
  return { envoyes };
}

export const jobRappels: Job = {
  name: 'ateliers-rappels',
  schedule: '0 10 * * *',
  description: 'Envoie la veille un rappel à chaque personne inscrite à un atelier du lendemain.',
  run: (deps) => envoyerRappels(systemContext(deps)),
};
