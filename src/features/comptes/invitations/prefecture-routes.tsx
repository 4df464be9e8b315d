import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { ForbiddenError, requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { nomDepartement } from '../../territoires/index.ts';
import { echecAction } from '../echec-action.ts';
import { can } from '../policies/index.ts';
import { annulerInvitation } from './annuler-invitation.ts';
import { creerInvitation } from './creer-invitation.ts';
import { messageEnvoi } from './http.ts';
import { InvitationsPrefecturePage } from './pages/invitations-prefecture.tsx';
import { presenterInvitation } from './presenter.ts';
import { invitationsEnAttente } from './queries.ts';

const PAGE = '/prefecture/invitations';

/**
 * The préfecture's account management beyond the list: inviting its colleagues into its own département
 * and cancelling those invitations. The département comes from the active membership only.
 */
export function invitationsPrefectureRoutes(app: FastifyInstance) {
  const prefecture = requireRole('prefecture');

  function departementDe(request: FastifyRequest): string {
    const code = userActor(request).active?.departementCode;
    if (!code) throw new ForbiddenError('Accès refusé');
    return code;
  }

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    values: { email?: string | undefined } = {},
    errors: FieldErrors = {},
  ) {
    const code = departementDe(request);
    if (
      !can(userActor(request), 'lister', {
        type: 'invitation',
        role: 'prefecture',
        departementCode: code,
        structureId: null,
      })
    )
      throw new ForbiddenError('Accès refusé');
    const [invitations, nom] = await Promise.all([
      invitationsEnAttente(app.deps.db, app.deps.now(), { departementCode: code }),
      nomDepartement(app.deps.db, code),
    ]);
    const failed = Object.keys(errors).length > 0;
    return sendPage(
      request,
      reply,
      {
        title: failed ? 'Erreur — Agents de la préfecture' : 'Agents de la préfecture',
        status: failed ? 422 : 200,
        breadcrumbs: [
          { label: 'Comptes du département', href: '/admin/utilisateurs' },
          { label: 'Invitations' },
        ],
      },
      <InvitationsPrefecturePage
        departement={nom ? `${nom} (${code})` : code}
        invitations={invitations.filter((i) => i.structureId === null).map(presenterInvitation)}
        csrf={reply.generateCsrf()}
        values={values}
        errors={errors}
      />,
    );
  }

  app.get(PAGE, { preHandler: prefecture }, (request, reply) => render(request, reply));

  app.post(PAGE, { preHandler: prefecture }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email.trim() : undefined;
    const result = await creerInvitation(contexteRequete(request), {
      email,
      role: 'prefecture',
      departementCode: departementDe(request),
    });
    if (!result.ok) {
      if (result.error.code === 'acces_refuse') throw new ForbiddenError(result.error.message);
      return render(request, reply, { email }, result.error.fields ?? { email: result.error.message });
    }
    setFlash(reply, messageEnvoi(result.value));
    return reply.redirect(PAGE, 303);
  });

  app.post(`${PAGE}/:hash/annuler`, { preHandler: prefecture }, async (request, reply) => {
    const { hash } = request.params as { hash: string };
    const result = await annulerInvitation(contexteRequete(request), hash);
    if (!result.ok) return echecAction(request, reply, result.error, PAGE);
    setFlash(reply, { type: 'success', message: `L’invitation de ${result.value.email} est annulée.` });
    return reply.redirect(PAGE, 303);
  });
}
