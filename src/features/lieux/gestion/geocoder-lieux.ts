import { and, asc, count, eq, gt, isNull, or, type SQL } from 'drizzle-orm';
import { lieux } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import {
  choisirAdresse,
  geocodeurPour,
  type PrecisionPosition,
  precisionDe,
} from '../../../platform/geocodage/index.ts';
import { centresCommunes, rattacher } from '../../territoires/index.ts';

/**
 * `maillage lieux geocoder`: the places without a position (imports, mostly) geocoded in bounded
 * batches through the national address service's CSV endpoint. Idempotent: only places still without
 * a position are read and written (a second run finds nothing to do). A batch the service cannot
 * answer falls back to the communes' centres, unless `sansRepli` (then it is counted failed and left
 * for a later run). One audit event per batch, in the batch's transaction.
 */

export interface OptionsGeocodage {
  /** Places per request to the service (1 to 1000). */
  taille: number;
  /** Also redo the places placed at their commune's centre (precision « commune »). */
  approximatives?: boolean;
  /** Leave a place without position rather than at its commune's centre when the service fails. */
  sansRepli?: boolean;
  /** Called after each batch. */
  progression?: (faits: number, total: number) => void;
}

export interface BilanGeocodage {
  total: number;
  geocodes: number;
  replis: number;
  echecs: number;
  /** Batches the service could not answer. */
  lotsIndisponibles: number;
}

export async function geocoderLieux(ctx: UseCaseContext, options: OptionsGeocodage): Promise<BilanGeocodage> {
  const taille = Math.min(Math.max(Math.trunc(options.taille) || 100, 1), 1000);
  const aFaire: SQL = options.approximatives
    ? or(isNull(lieux.latitude), eq(lieux.positionPrecision, 'commune'))!
    : isNull(lieux.latitude);
  const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(lieux).where(aFaire);
  const bilan: BilanGeocodage = { total, geocodes: 0, replis: 0, echecs: 0, lotsIndisponibles: 0 };
  const geocodeur = geocodeurPour(ctx.config);
  let apres = '';
  let faits = 0;
  while (faits < total) {
    const lot = await ctx.db
      .select({
        id: lieux.id,
        adresse: lieux.adresse,
        codeInsee: lieux.codeInsee,
        codePostal: lieux.codePostal,
        structureId: lieux.structureId,
      })
      .from(lieux)
      .where(and(aFaire, apres ? gt(lieux.id, apres) : undefined))
      .orderBy(asc(lieux.id))
      .limit(taille);
    if (lot.length === 0) break;
    apres = lot.at(-1)!.id;
    const reponse = await geocodeur.geocoderLot(
      lot.map((l) => ({
        id: l.id,
        adresse: l.adresse,
        codeInsee: l.codeInsee ?? undefined,
        codePostal: l.codePostal,
      })),
    );
    if (!reponse.ok && geocodeur.actif) bilan.lotsIndisponibles += 1;
    const centres = await centresCommunes(
      ctx.db,
      lot.flatMap((l) => (l.codeInsee ? [l.codeInsee] : [])),
    );
    const positions = lot.map((l) => {
      const trouvee = reponse.ok ? reponse.resultats.get(l.id) : null;
      const a = trouvee
        ? choisirAdresse([rattacher(trouvee)], { codeInsee: l.codeInsee ?? undefined })
        : null;
      if (a) return { l, latitude: a.latitude, longitude: a.longitude, precision: precisionDe(a.type) };
      const c = l.codeInsee ? centres.get(l.codeInsee) : undefined;
      if (c && !(options.sansRepli && !reponse.ok)) {
        return { l, latitude: c.latitude, longitude: c.longitude, precision: 'commune' as PrecisionPosition };
      }
      return { l, latitude: null, longitude: null, precision: null };
    });
    const compte = { geocodes: 0, replis: 0, echecs: 0 };
    await ctx.db.transaction(async (tx) => {
      for (const p of positions) {
        if (p.latitude === null) {
          compte.echecs += 1;
          continue;
        }
        // Re-checked in the update: a place positioned meanwhile (by its structure) is left as is.
        const ecrits = await tx
          .update(lieux)
          .set({ latitude: p.latitude, longitude: p.longitude, positionPrecision: p.precision })
          .where(and(eq(lieux.id, p.l.id), aFaire))
          .returning({ id: lieux.id });
        if (ecrits.length === 0) continue;
        if (p.precision === 'commune') compte.replis += 1;
        else compte.geocodes += 1;
      }
      await recordAudit(tx, {
        actor: ctx.actor,
        action: 'lieux.geocodage',
        entityType: 'lieu',
        ip: ctx.ip,
        details: { ...compte, lieux: lot.length, serviceIndisponible: !reponse.ok },
      });
    });
    bilan.geocodes += compte.geocodes;
    bilan.replis += compte.replis;
    bilan.echecs += compte.echecs;
    faits += lot.length;
    options.progression?.(Math.min(faits, total), total);
  }
  return bilan;
}
