import { eq } from 'drizzle-orm';
import {
  pilotageCouvertureCalcul,
  pilotageCouvertureCommunes,
  pilotageCouvertureTerritoires,
} from '../../../db/schema/index.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { ok, type Result } from '../../../platform/result.ts';
import { empreinteLieux, lieuxGeolocalises } from '../../lieux/index.ts';
import { communesPourCouverture } from '../../territoires/index.ts';
import { calculerCouverture, GENRES_LIEU } from './domain/calcul.ts';
import { genresDuLieu } from './genres.ts';

export interface BilanCouverture {
  recalcule: boolean;
  communes: number;
  communesSansCentre: number;
  lieux: number;
  dureeMs: number;
}

const LOT = 2_000;

/**
 * Recomputes coverage from the places and commune centres and replaces the stored results in one
 * transaction. Skipped when the places have not changed since the last computation, unless forced.
 */
export async function recalculerCouverture(
  ctx: UseCaseContext,
  options: { force?: boolean } = {},
): Promise<Result<BilanCouverture>> {
  const empreinte = await empreinteLieux(ctx.db);
  const [dernier] = await ctx.db
    .select()
    .from(pilotageCouvertureCalcul)
    .where(eq(pilotageCouvertureCalcul.id, 1));
  if (!options.force && dernier?.empreinteLieux === empreinte) {
    const r = dernier.resume;
    return ok({
      recalcule: false,
      communes: r.communes ?? 0,
      communesSansCentre: r.communesSansCentre ?? 0,
      lieux: r.lieux ?? 0,
      dureeMs: 0,
    });
  }
  const debut = performance.now();
  const [communes, lieux] = await Promise.all([communesPourCouverture(ctx.db), lieuxGeolocalises(ctx.db)]);
  const resultat = calculerCouverture(
    communes.map((c) => ({ ...c, population: c.population ?? 0 })),
    lieux.map((l) => ({ ...l, genres: genresDuLieu(l) })),
  );
  const dureeMs = Math.round(performance.now() - debut);
  const national = resultat.territoires[0];
  const bilan: BilanCouverture = {
    recalcule: true,
    communes: communes.length,
    communesSansCentre: national?.communesSansCentre ?? 0,
    lieux: lieux.length,
    dureeMs,
  };

  return inTransaction(ctx, async (tx) => {
    await tx.db.delete(pilotageCouvertureCommunes);
    await tx.db.delete(pilotageCouvertureTerritoires);
    const lignes = resultat.communes.flatMap((c) =>
      GENRES_LIEU.map((genre) => ({
        communeCode: c.code,
        genre,
        departementCode: c.departementCode,
        population: c.population,
        distanceKm: c.distances[genre],
      })),
    );
    for (let i = 0; i < lignes.length; i += LOT) {
      await tx.db.insert(pilotageCouvertureCommunes).values(lignes.slice(i, i + LOT));
    }
    const territoires = resultat.territoires.flatMap((t) =>
      GENRES_LIEU.map((genre) => ({
        territoire: t.territoire,
        genre,
        communes: t.communes,
        communesSansCentre: t.communesSansCentre,
        population: t.population,
        populationSansCentre: t.populationSansCentre,
        lieux: t.parGenre[genre].lieux,
        population5: t.parGenre[genre].populationA[5],
        population10: t.parGenre[genre].populationA[10],
        population20: t.parGenre[genre].populationA[20],
        population30: t.parGenre[genre].populationA[30],
      })),
    );
    for (let i = 0; i < territoires.length; i += LOT) {
      await tx.db.insert(pilotageCouvertureTerritoires).values(territoires.slice(i, i + LOT));
    }
    const calcul = {
      calculeLe: tx.now,
      empreinteLieux: empreinte,
      dureeMs,
      resume: { communes: bilan.communes, communesSansCentre: bilan.communesSansCentre, lieux: bilan.lieux },
    };
    await tx.db
      .insert(pilotageCouvertureCalcul)
      .values({ id: 1, ...calcul })
      .onConflictDoUpdate({ target: pilotageCouvertureCalcul.id, set: calcul });
    return ok(bilan);
  });
}
