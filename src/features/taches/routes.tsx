import type { FastifyInstance } from 'fastify';
import { requireUser, userActor } from '../../platform/http/guards.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { tacheParId } from '../../platform/taches/queries.ts';
import { SUIVI_TACHE_SCRIPT } from '../../ui/components/avancement-tache.tsx';
import { TachePage } from './pages/tache.tsx';
import { etatTache, presenterTache } from './presenter.ts';

/** A person follows the background tasks they launched; nobody else sees them (404). */
export function tachesRoutes(app: FastifyInstance) {
  const trouver = async (request: Parameters<typeof userActor>[0], id: string) => {
    const actor = userActor(request);
    const tache = await tacheParId(app.deps.db, id);
    if (!tache || tache.acteurId !== actor.userId) return null;
    return presenterTache(
      tache,
      app.deps.registry.taches.find((d) => d.type === tache.type),
    );
  };

  app.get<{ Params: { id: string } }>('/taches/:id', { preHandler: requireUser }, async (request, reply) => {
    const vue = await trouver(request, request.params.id);
    if (!vue) return reply.callNotFound();
    return sendPage(
      request,
      reply,
      { title: vue.titre, breadcrumbs: [{ label: vue.titre }], scripts: [SUIVI_TACHE_SCRIPT] },
      <TachePage vue={vue} />,
    );
  });

  app.get<{ Params: { id: string } }>(
    '/taches/:id/etat',
    { preHandler: requireUser },
    async (request, reply) => {
      const vue = await trouver(request, request.params.id);
      if (!vue) return reply.callNotFound();
      return reply.header('cache-control', 'no-store').send(etatTache(vue));
    },
  );
}
