import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireUser, userActor } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import type { FieldErrors } from '../../../ui/components/form.tsx';
import { ComptePage, type ComptePageProps } from '../pages/compte.tsx';
import { changerRole } from '../utilisateurs/changer-role.ts';
import { changerMotDePasse } from './changer-mot-de-passe.ts';
import { modifierProfil } from './modifier-profil.ts';
import { chargerCompte } from './queries.ts';

type Body = Record<string, string | undefined>;

async function renderCompte(
  request: FastifyRequest,
  reply: FastifyReply,
  extra: Pick<ComptePageProps, 'profil' | 'motDePasse'> = {},
  status = 200,
) {
  const actor = userActor(request);
  const compte = await chargerCompte(request.server.deps.db, actor.userId);
  if (!compte) throw new Error('compte introuvable pour une session valide');
  return sendPage(
    request,
    reply,
    { title: 'Mon compte', status, breadcrumbs: [{ label: 'Mon compte' }] },
    <ComptePage
      csrf={reply.generateCsrf()}
      compte={compte}
      memberships={actor.memberships}
      activeId={actor.active?.id ?? null}
      {...extra}
    />,
  );
}

export function compteRoutes(app: FastifyInstance) {
  app.get('/compte', { preHandler: requireUser }, (request, reply) => renderCompte(request, reply));

  app.post('/compte/profil', { preHandler: requireUser }, async (request, reply) => {
    const body = (request.body ?? {}) as Body;
    const result = await modifierProfil(
      {
        ...contexteUtilisateur(request),
        log: (err) => request.log.error({ err }, 'courriel de changement d’adresse non envoyé'),
      },
      body,
    );
    if (!result.ok) {
      const values = { prenom: body.prenom ?? '', nom: body.nom ?? '', email: body.email ?? '' };
      const errors: FieldErrors = result.error.fields ?? { email: result.error.message };
      return renderCompte(request, reply, { profil: { values, errors } }, result.error.status ?? 400);
    }
    setFlash(reply, {
      type: 'success',
      message: result.value.emailChange
        ? 'Profil enregistré. Utilisez désormais votre nouvelle adresse pour vous connecter.'
        : 'Profil enregistré.',
    });
    return reply.redirect('/compte', 303);
  });

  app.post('/compte/mot-de-passe', { preHandler: requireUser }, async (request, reply) => {
    const result = await changerMotDePasse(contexteUtilisateur(request), request.body);
    if (!result.ok) {
      const errors: FieldErrors = result.error.fields ?? { motDePasseActuel: result.error.message };
      return renderCompte(request, reply, { motDePasse: { errors } }, result.error.status ?? 400);
    }
    setFlash(reply, {
      type: 'success',
      message: 'Mot de passe changé. Vos autres sessions ont été fermées.',
    });
    return reply.redirect('/compte', 303);
  });

  app.post('/compte/role', { preHandler: requireUser }, async (request, reply) => {
    const result = await changerRole(contexteUtilisateur(request), request.body);
    if (!result.ok) {
      setFlash(reply, { type: 'error', message: result.error.message });
      return reply.redirect('/compte', 303);
    }
    return reply.redirect('/espace', 303);
  });
}
