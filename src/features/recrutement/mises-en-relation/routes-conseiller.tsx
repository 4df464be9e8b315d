import type { FastifyInstance } from 'fastify';
import { ForbiddenError, requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { conseillersDeStructure } from '../lecture/structure.ts';
import { presenterConseiller } from '../presenters/structure.ts';
import { ConseillerRecrutementPage } from './pages/conseiller.tsx';

/** The adviser's own page (role conseiller, in the structure of its active membership). */
export function recrutementPagesConseiller(app: FastifyInstance) {
  app.get('/conseiller/recrutement', { preHandler: requireRole('conseiller') }, async (request, reply) => {
    const actor = userActor(request);
    const structureId = actor.active?.structureId;
    if (!structureId) throw new ForbiddenError('Accès refusé');
    const rows = await conseillersDeStructure(app.deps.db, structureId);
    const miens = rows.filter((r) => r.utilisateurId === actor.userId).map(presenterConseiller);
    return sendPage(
      request,
      reply,
      { title: 'Mon contrat et ma formation', breadcrumbs: [{ label: 'Mon contrat et ma formation' }] },
      <ConseillerRecrutementPage structure={actor.active?.structureNom ?? ''} vues={miens} />,
    );
  });
}
