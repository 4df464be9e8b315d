import { and, count, eq, isNull, lt } from 'drizzle-orm';
import { lieux } from '../../db/schema/index.ts';
import type { SourceAFaire } from '../../platform/module/a-faire.ts';
import { aujourdhuiAParis, limiteFraicheur } from './gestion/fraicheur.ts';
import { perimetreSignalements } from './signalements/policy.ts';
import { compterSignalements } from './signalements/repo.ts';

/** What waits on places: error reports to handle (the owner structure, ANCT) and places to update. */
export const aFaireLieux: readonly SourceAFaire[] = [
  {
    roles: ['anct', 'structure'],
    lister: async (ctx) => {
      const p = perimetreSignalements(ctx.actor);
      if (!p) return [];
      const nombre = await compterSignalements(ctx.db, p, 'nouveau');
      const href = 'tout' in p ? '/admin/lieux/signalements' : '/structure/lieux/signalements';
      return [{ nombre, libelle: 'signalements d’erreur sur des lieux à traiter', href }];
    },
  },
  {
    roles: ['structure'],
    lister: async (ctx) => {
      const structureId = ctx.actor.active?.structureId;
      if (!structureId) return [];
      const [r] = await ctx.db
        .select({ n: count() })
        .from(lieux)
        .where(
          and(
            eq(lieux.structureId, structureId),
            isNull(lieux.fusionneDans),
            lt(lieux.dateMaj, limiteFraicheur(aujourdhuiAParis(ctx.now))),
          ),
        );
      return [
        {
          nombre: r?.n ?? 0,
          libelle: 'lieux à actualiser (informations de plus de six mois)',
          href: '/structure/lieux',
        },
      ];
    },
  },
];
