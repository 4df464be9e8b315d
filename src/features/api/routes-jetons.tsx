import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contexteRequete } from '../../platform/http/contexte.ts';
import { ForbiddenError, requireRole, userActor } from '../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../platform/http/reponses.tsx';
import type { FieldErrors } from '../../ui/components/form.tsx';
import { echecAction } from '../comptes/index.ts';
import { resoudreStructure } from '../structures/index.ts';
import { departementsParCode } from '../territoires/index.ts';
import { creerJetonApi } from './creer-jeton.ts';
import { listerJetons } from './jetons-queries.ts';
import { JetonCreePage, JetonsPage, type ValeursJeton } from './pages/jetons.tsx';
import { can } from './policy.ts';
import { presenterJeton } from './presenter.ts';
import { revoquerJetonApi } from './revoquer-jeton.ts';

const TOUS = { type: 'jeton-api', departementCode: null, structureId: null } as const;
const BREADCRUMBS = [{ label: 'Jetons d’API' }];

/** ANCT pages to create, list and revoke API tokens. */
export function jetonsRoutes(app: FastifyInstance) {
  const anct = requireRole('anct');

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    values: ValeursJeton = {},
    errors: FieldErrors = {},
  ) {
    const actor = userActor(request);
    if (!can(actor, 'lister', TOUS)) throw new ForbiddenError('Accès refusé');
    const failed = Object.keys(errors).length > 0;
    return sendPage(
      request,
      reply,
      {
        title: failed ? 'Erreur — Jetons d’API' : 'Jetons d’API',
        status: failed ? 422 : 200,
        breadcrumbs: BREADCRUMBS,
      },
      <JetonsPage
        jetons={(await listerJetons(app.deps.db)).map(presenterJeton)}
        csrf={reply.generateCsrf()}
        peutCreer={can(actor, 'creer', TOUS)}
        peutRevoquer={can(actor, 'revoquer', TOUS)}
        values={values}
        errors={errors}
        departements={await departementsParCode(app.deps.db)}
      />,
    );
  }

  app.get('/admin/jetons-api', { preHandler: anct }, (request, reply) => render(request, reply));

  app.post('/admin/jetons-api', { preHandler: anct }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string | string[] | undefined>;
    const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
    const values: ValeursJeton = {
      nom: one(body.nom),
      portees: ([] as string[]).concat(body.portees ?? []),
      departement: one(body.departement),
      structure_recherche: one(body.structure_recherche),
    };
    let structureId: string | undefined;
    if (values.structure_recherche) {
      const found = await resoudreStructure(app.deps.db, { recherche: values.structure_recherche });
      if (found.kind !== 'trouvee') {
        const message =
          found.kind === 'aucune'
            ? 'Aucune structure ne correspond : vérifiez le nom ou le SIRET.'
            : `Plusieurs structures correspondent (${found.candidats.map((s) => s.nom).join(', ')}) : donnez le SIRET.`;
        return render(request, reply, values, { structure_recherche: message });
      }
      structureId = found.structure.id;
    }
    const result = await creerJetonApi(contexteRequete(request), {
      nom: values.nom,
      portees: values.portees,
      departementCode: values.departement,
      structureId,
    });
    if (!result.ok) {
      if (result.error.code === 'acces_refuse') throw new ForbiddenError(result.error.message);
      return render(request, reply, values, result.error.fields ?? { nom: result.error.message });
    }
    return sendPage(
      request,
      reply,
      {
        title: 'Jeton créé',
        status: 201,
        breadcrumbs: [{ label: 'Jetons d’API', href: '/admin/jetons-api' }, { label: 'Jeton créé' }],
      },
      <JetonCreePage
        nom={values.nom!}
        jeton={result.value.jeton}
        portees={values.portees ?? []}
        baseUrl={app.deps.config.baseUrl}
      />,
    );
  });

  app.post('/admin/jetons-api/:id/revoquer', { preHandler: anct }, async (request, reply) => {
    const params = z.object({ id: z.uuid() }).safeParse(request.params);
    if (!params.success) return repondreIntrouvable(request, reply);
    const result = await revoquerJetonApi(contexteRequete(request), params.data);
    if (!result.ok) return echecAction(request, reply, result.error, '/admin/jetons-api');
    setFlash(reply, { type: 'success', message: `Le jeton « ${result.value.nom} » est révoqué.` });
    return reply.redirect('/admin/jetons-api', 303);
  });
}
