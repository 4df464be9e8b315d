import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { ForbiddenError, requireRole } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { allowedBy } from '../../../platform/policies/can.ts';
import type { DomainError } from '../../../platform/result.ts';
import { planifierTache } from '../../../platform/taches/planifier.ts';
import { codeDepartementSchema } from '../../../platform/valeurs/codes-territoriaux.ts';
import { REGISTRE_LIEUX, registreLieuxPolicy } from '../import/policy.ts';
import { ecarterDoublon } from './ecarter.ts';
import { fusionnerDoublon } from './fusionner.ts';
import { DoublonsPage, type LieuAffiche, type PaireAffichee } from './pages/doublons.tsx';
import { candidats, compterCandidats, type LieuDoublon, lieuxParIds } from './repo.ts';
import { TACHE_DOUBLONS_LIEUX } from './tache-doublons.ts';

const PAR_PAGE = 20;

const requete = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  departement: codeDepartementSchema().optional().catch(undefined),
});

function presenterLieu(l: LieuDoublon): LieuAffiche {
  return {
    id: l.id,
    nom: l.nom,
    adresse: l.adresse,
    commune: `${l.codePostal} ${l.commune}`,
    pivot: l.pivot,
    dateMaj: l.dateMaj,
    telephone: l.telephone,
    services: l.services,
    sources: l.sources,
    gere: l.structureId !== null,
  };
}

/** The ANCT agent's context, after checking the right to handle duplicates (else 403). */
function contexteAgent(request: FastifyRequest) {
  const ctx = contexteUtilisateur(request);
  if (!allowedBy(registreLieuxPolicy, ctx.actor, 'traiter_doublons', REGISTRE_LIEUX))
    throw new ForbiddenError('Accès refusé');
  return ctx;
}

function retour(request: FastifyRequest, reply: FastifyReply, error: DomainError | null, succes: string) {
  if (error?.status === 404) return repondreIntrouvable(request, reply);
  setFlash(reply, error ? { type: 'error', message: error.message } : { type: 'success', message: succes });
  return reply.redirect('/admin/lieux/doublons', 303);
}

/** ANCT's duplicate review: list candidate pairs, merge (keep one) or dismiss. */
export function lieuxDoublonsRoutes(app: FastifyInstance) {
  const anct = requireRole('anct');

  app.get('/admin/lieux/doublons', { preHandler: anct }, async (request, reply) => {
    contexteAgent(request);
    const { page, departement } = requete.parse(request.query ?? {});
    const filtre = { departement };
    const total = await compterCandidats(app.deps.db, filtre);
    const pages = Math.max(1, Math.ceil(total / PAR_PAGE));
    const courante = Math.min(page, pages);
    const paires = await candidats(app.deps.db, filtre, PAR_PAGE, (courante - 1) * PAR_PAGE);
    const lieux = await lieuxParIds(
      app.deps.db,
      paires.flatMap((p) => [p.lieuAId, p.lieuBId]),
    );
    const affichees: PaireAffichee[] = paires.flatMap((p) => {
      const a = lieux.get(p.lieuAId);
      const b = lieux.get(p.lieuBId);
      if (!a || !b) return [];
      return [
        {
          id: p.id,
          motif: p.motif,
          distance: `${Math.round(p.distanceM)} m`,
          similarite: p.similarite.toFixed(2).replace('.', ','),
          a: presenterLieu(a),
          b: presenterLieu(b),
        },
      ];
    });
    const href = (n: number) => {
      const qs = new URLSearchParams({ page: String(n), ...(departement ? { departement } : {}) });
      return `/admin/lieux/doublons?${qs}`;
    };
    return sendPage(
      request,
      reply,
      {
        title: 'Doublons de lieux',
        breadcrumbs: [{ label: 'Accueil', href: '/' }, { label: 'Doublons de lieux' }],
      },
      <DoublonsPage
        csrf={reply.generateCsrf()}
        paires={affichees}
        total={total}
        page={courante}
        pages={pages}
        departement={departement ?? ''}
        href={href}
      />,
    );
  });

  app.post('/admin/lieux/doublons/detection', { preHandler: anct }, async (request, reply) => {
    // The whole registry: a background task the page follows (ADR 014), never on the request path.
    const tacheId = await planifierTache(contexteAgent(request), TACHE_DOUBLONS_LIEUX, {});
    return reply.redirect(`/taches/${tacheId}`, 303);
  });

  const params = z.object({ id: z.string() });
  const corps = z.object({ conserver: z.string().optional().default('') });

  app.post('/admin/lieux/doublons/:id/fusion', { preHandler: anct }, async (request, reply) => {
    const ctx = contexteAgent(request);
    const { id } = params.parse(request.params);
    const { conserver } = corps.parse(request.body ?? {});
    const r = await fusionnerDoublon(ctx, { doublonId: id, conserver });
    return retour(
      request,
      reply,
      r.ok ? null : r.error,
      'Lieux fusionnés : toutes les provenances sont rattachées au lieu gardé.',
    );
  });

  app.post('/admin/lieux/doublons/:id/ecarter', { preHandler: anct }, async (request, reply) => {
    const ctx = contexteAgent(request);
    const { id } = params.parse(request.params);
    const r = await ecarterDoublon(ctx, id);
    return retour(request, reply, r.ok ? null : r.error, 'Paire écartée : elle ne sera plus proposée.');
  });
}
