import { z } from 'zod';
import { definirTache } from '../../../platform/taches/tache.ts';
import { ErreurTache } from '../../../platform/taches/travailleur.ts';
import { nombre } from '../presenters/format.ts';
import { apparier, type BilanAppariement } from './apparier.ts';

export const TACHE_APPARIEMENT = 'recrutement.appariement';

/** Matching asked by ANCT on its page: run by the server's worker, off the request path (ADR 014). */
export const tacheAppariement = definirTache({
  type: TACHE_APPARIEMENT,
  libelle: 'Appariement des candidats',
  parametres: z.object({}),
  retour: { href: '/anct/appariement', libelle: 'Retour à l’appariement' },
  resume: (b: BilanAppariement) =>
    `Appariement terminé en ${nombre(Math.round(b.dureeMs))} ms : ${nombre(b.structures)} structure(s), ${nombre(b.candidats)} candidat(s) disponibles, ${nombre(b.creees)} nouvelle(s) proposition(s).`,
  async executer(ctx) {
    await ctx.progression(0, null, 'Lecture des structures et des candidats');
    const r = await apparier(ctx);
    if (!r.ok) throw new ErreurTache(r.error.message);
    return r.value;
  },
});
