import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isRole } from '../../../platform/auth/roles.ts';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { ForbiddenError, requireRole, userActor } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { chargerStructure } from '../../structures/index.ts';
import { retirerAdhesion } from '../administration/retirer-adhesion.ts';
import { echecAction } from '../echec-action.ts';
import { can, ROLES_EQUIPE_STRUCTURE } from '../policies/index.ts';
import { annulerInvitation } from './annuler-invitation.ts';
import { creerInvitation } from './creer-invitation.ts';
import { messageEnvoi } from './http.ts';
import { EquipePage } from './pages/equipe.tsx';
import { presenterInvitation, presenterMembre } from './presenter.ts';
import { invitationsEnAttente, membresStructure } from './queries.ts';

const EQUIPE = '/structure/equipe';

/** The structure manager's team page: members, pending invitations, inviting staff. */
export function equipeRoutes(app: FastifyInstance) {
  const gestionnaire = requireRole('structure');

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    values: { email?: string | undefined; role?: string | undefined } = {},
    errors: FieldErrors = {},
  ) {
    const actor = userActor(request);
    const structureId = actor.active?.structureId;
    const structure = structureId ? await chargerStructure(app.deps.db, structureId) : null;
    if (!structure) throw new ForbiddenError('Accès refusé');
    const scope = { departementCode: null, structureId: structure.id } as const;
    const adhesionScope = {
      type: 'adhesion',
      ...scope,
      structureDepartementCode: structure.departementCode,
    } as const;
    if (!can(actor, 'lister', { ...adhesionScope, role: 'conseiller' }))
      throw new ForbiddenError('Accès refusé');
    const now = app.deps.now();
    const [membres, invitations] = await Promise.all([
      membresStructure(app.deps.db, structure.id),
      can(actor, 'lister', { type: 'invitation', role: 'conseiller', ...scope })
        ? invitationsEnAttente(app.deps.db, now, { structureId: structure.id })
        : Promise.resolve([]),
    ]);
    const retirer = new Set(
      membres
        .filter(
          (m) =>
            isRole(m.role) &&
            can(actor, 'retirer', {
              ...adhesionScope,
              role: m.role,
              soiMeme: actor.active?.id === m.adhesionId,
            }),
        )
        .map((m) => m.adhesionId),
    );
    const roles = ROLES_EQUIPE_STRUCTURE.filter((role) =>
      can(actor, 'creer', { type: 'invitation', role, ...scope }),
    );
    const failed = Object.keys(errors).length > 0;
    return sendPage(
      request,
      reply,
      {
        title: failed ? 'Erreur — Équipe' : 'Équipe',
        status: failed ? 422 : 200,
        breadcrumbs: [{ label: 'Équipe' }],
      },
      <EquipePage
        structure={structure}
        membres={membres.map(presenterMembre)}
        invitations={invitations.map(presenterInvitation)}
        actions={{
          inviter: roles.length > 0,
          annuler: can(actor, 'annuler', { type: 'invitation', role: 'conseiller', ...scope }),
          retirer,
        }}
        roles={roles}
        csrf={reply.generateCsrf()}
        values={values}
        errors={errors}
      />,
    );
  }

  app.get(EQUIPE, { preHandler: gestionnaire }, (request, reply) => render(request, reply));

  app.post(`${EQUIPE}/invitations`, { preHandler: gestionnaire }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, string | undefined>;
    const values = { email: body.email?.trim(), role: body.role };
    // The structure comes from the form and the policy checks it is the manager's own: a forged id is refused.
    const result = await creerInvitation(contexteRequete(request), {
      email: values.email,
      role: values.role,
      structureId: body.structure,
    });
    if (!result.ok) {
      if (result.error.code === 'acces_refuse') throw new ForbiddenError(result.error.message);
      return render(request, reply, values, result.error.fields ?? { role: result.error.message });
    }
    setFlash(reply, messageEnvoi(result.value));
    return reply.redirect(EQUIPE, 303);
  });

  app.post(
    `${EQUIPE}/adhesions/:adhesionId/retirer`,
    { preHandler: gestionnaire },
    async (request, reply) => {
      const params = z.object({ adhesionId: z.uuid() }).safeParse(request.params);
      if (!params.success) return repondreIntrouvable(request, reply);
      const result = await retirerAdhesion(contexteRequete(request), params.data);
      if (!result.ok) return echecAction(request, reply, result.error, EQUIPE);
      setFlash(reply, { type: 'success', message: 'Le membre a été retiré de la structure.' });
      return reply.redirect(EQUIPE, 303);
    },
  );

  app.post(`${EQUIPE}/invitations/:hash/annuler`, { preHandler: gestionnaire }, async (request, reply) => {
    const { hash } = request.params as { hash: string };
    const result = await annulerInvitation(contexteRequete(request), hash);
    if (!result.ok) return echecAction(request, reply, result.error, EQUIPE);
    setFlash(reply, { type: 'success', message: `L’invitation de ${result.value.email} est annulée.` });
    return reply.redirect(EQUIPE, 303);
  });
}
