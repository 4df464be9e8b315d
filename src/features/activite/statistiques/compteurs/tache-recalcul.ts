import { z } from 'zod';
import { definirTache } from '../../../../platform/taches/tache.ts';
import { anneesAvecDonnees, moisAvecDonnees, recalculerAnnee, recalculerMois } from './recalculer.ts';

export const TACHE_RECALCUL_COMPTEURS = 'activite.compteurs-recalcul';

/**
 * The summary tables rebuilt in the background, one month per transaction with a pause between
 * months so the server keeps answering (queue it with `planifierTache`, or
 * `maillage activite compteurs recalculer --en-tache`).
 */
export const tacheRecalculCompteurs = definirTache({
  type: TACHE_RECALCUL_COMPTEURS,
  libelle: 'Recalcul des compteurs des statistiques d’activité',
  parametres: z.object({}),
  resume: (r: { mois: number }) => `${r.mois} mois recalculé(s) à partir des activités enregistrées.`,
  async executer(ctx) {
    const liste = await moisAvecDonnees(ctx.db);
    const annees = await anneesAvecDonnees(ctx.db, liste);
    const total = liste.length + annees.length;
    for (const [i, mois] of liste.entries()) {
      await ctx.ceder();
      await recalculerMois(ctx.db, mois);
      await ctx.progression(i + 1, total, `mois ${mois}`);
    }
    for (const [i, annee] of annees.entries()) {
      await ctx.ceder();
      await recalculerAnnee(ctx.db, annee);
      await ctx.progression(liste.length + i + 1, total, `communes ${annee}`);
    }
    return { mois: liste.length };
  },
});
