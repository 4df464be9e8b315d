import { and, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { lieux } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { definirTache } from '../../../platform/taches/tache.ts';
import { enregistrerCandidats } from './repo.ts';

export const TACHE_DOUBLONS_LIEUX = 'lieux.doublons';
const LOT = 500;

/**
 * The duplicate search over the whole registry, asked by ANCT: by batches of 500 places with a pause
 * between them, so that the server keeps answering; journaled in the name of the person who asked.
 */
export const tacheDoublonsLieux = definirTache({
  type: TACHE_DOUBLONS_LIEUX,
  libelle: 'Recherche des doublons de lieux',
  parametres: z.object({}),
  retour: { href: '/admin/lieux/doublons', libelle: 'Voir les paires à examiner' },
  resume: (r: { nouveaux: number }) => `${r.nouveaux} nouvelle(s) paire(s) détectée(s).`,
  async executer(ctx) {
    const ids = (
      await ctx.db
        .select({ id: lieux.id })
        .from(lieux)
        .where(and(isNotNull(lieux.latitude), isNotNull(lieux.longitude), isNull(lieux.fusionneDans)))
    ).map((r) => r.id);
    let nouveaux = 0;
    for (let i = 0; i < ids.length; i += LOT) {
      nouveaux += await enregistrerCandidats(ctx.db, ids.slice(i, i + LOT));
      await ctx.progression(Math.min(i + LOT, ids.length), ids.length, 'Lieux examinés');
      await ctx.ceder();
    }
    await recordAudit(ctx.db, {
      actor: ctx.actor,
      action: 'lieux.doublons.detection',
      entityType: 'lieux_doublons',
      details: { nouveaux, lieux: ids.length },
    });
    return { nouveaux };
  },
});
