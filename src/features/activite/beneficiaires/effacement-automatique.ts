import { inArray, sql } from 'drizzle-orm';
import { beneficiaires } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import { limiteConservation } from './conservation.ts';
import { CHAMPS_EFFACES } from './effacer-beneficiaire.ts';

export const JOB_EFFACEMENT = 'activite-effacement-beneficiaires';
const LOT = 500;

/**
 * Erases the personal data of the named beneficiaries not accompanied for `ACTIVITE_CONSERVATION_MOIS`
 * months (their creation date when they never were), by batches of `lot` rows each in its own
 * transaction, then writes one journal event with the count. Running it again erases nothing more.
 */
export async function effacerBeneficiairesAnciens(
  ctx: UseCaseContext,
  options: { mois?: number; lot?: number } = {},
): Promise<{ limite: string; effaces: number }> {
  const mois = options.mois ?? ctx.config.activiteConservationMois;
  const lot = options.lot ?? LOT;
  const limite = limiteConservation(jourParis(ctx.now), mois);
  let effaces = 0;
  for (;;) {
    const n = await ctx.db.transaction(async (tx) => {
      const ids = tx
        .select({ id: beneficiaires.id })
        .from(beneficiaires)
        .where(
          sql`${beneficiaires.effaceLe} is null and ${beneficiaires.anonyme} = false
            and ${beneficiaires.fusionneDans} is null
            and (${beneficiaires.derniereActivite} < ${limite}::date
              or (${beneficiaires.derniereActivite} is null
                and (${beneficiaires.creeLe} at time zone 'Europe/Paris')::date < ${limite}::date))`,
        )
        .limit(lot)
        .for('update', { skipLocked: true });
      const faits = await tx
        .update(beneficiaires)
        .set({ ...CHAMPS_EFFACES, effaceLe: ctx.now, modifieLe: ctx.now })
        .where(inArray(beneficiaires.id, ids))
        .returning({ id: beneficiaires.id });
      return faits.length;
    });
    effaces += n;
    if (n < lot) break;
  }
  await recordAudit(ctx.db, {
    actor: ctx.actor,
    action: 'activite.beneficiaire.effacement_automatique',
    entityType: 'beneficiaire',
    details: { effaces, limite, mois },
  });
  return { limite, effaces };
}
