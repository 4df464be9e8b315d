import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROLE_LABELS } from '../../../platform/auth/roles.ts';
import { contexteRequete, contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, PERSONAS } from '../demo/personas.ts';
import { afterFirstFactor, safeReturnPath } from '../domain/retour.ts';
import { clearSessionCookie, dropIncomingSession, setSessionCookie } from '../session-cookie.ts';
import { seConnecter } from './connexion.ts';
import { seDeconnecter } from './deconnexion.ts';
import { limiteIp } from './limite-ip.ts';
import { ConnexionPage, type ConnexionProps, type DemoInfo } from './pages/connexion.tsx';

type Body = Record<string, string | undefined>;

function demoInfo(request: FastifyRequest): DemoInfo | undefined {
  // Production never lists the personas, even if their rows exist.
  if (request.server.deps.config.mode !== 'demo') return undefined;
  return {
    motDePasse: DEMO_PASSWORD,
    secretTotp: DEMO_TOTP_SECRET,
    personas: PERSONAS.map((p) => ({
      nom: `${p.prenom} ${p.nom}`,
      description: p.description,
      roles: p.memberships.map((m) => ROLE_LABELS[m.role] + (m.referent ? ' (référent)' : '')).join(', '),
      email: p.email,
      totp: Boolean(p.totp),
    })),
  };
}

function renderConnexion(
  request: FastifyRequest,
  reply: FastifyReply,
  props: Omit<ConnexionProps, 'csrf' | 'proConnect' | 'demo'>,
  status = 200,
) {
  return sendPage(
    request,
    reply,
    { title: 'Se connecter', status, breadcrumbs: [{ label: 'Se connecter' }] },
    <ConnexionPage
      {...props}
      csrf={reply.generateCsrf()}
      proConnect={Boolean(request.server.deps.config.proConnect)}
      demo={demoInfo(request)}
    />,
  );
}

/** Signing in with a password and signing out. */
export function connexionRoutes(app: FastifyInstance) {
  app.get('/connexion', (request, reply) => {
    const query = request.query as Body;
    const retour = safeReturnPath(query.retour);
    if (request.actor?.kind === 'user') return reply.redirect(retour);
    return renderConnexion(request, reply, { retour: query.retour ? retour : undefined });
  });

  app.post('/connexion', { config: limiteIp(app) }, async (request, reply) => {
    const body = (request.body ?? {}) as Body;
    const retour = safeReturnPath(body.retour);
    const result = await seConnecter(contexteRequete(request), body, {
      userAgent: request.headers['user-agent'],
    });
    if (!result.ok) {
      const { error } = result;
      const fields = error.code === 'champs_invalides' ? error.fields : undefined;
      return renderConnexion(
        request,
        reply,
        {
          email: body.email,
          retour: body.retour ? retour : undefined,
          ...(fields ? { errors: fields } : { alerte: error.message }),
        },
        error.status ?? 400,
      );
    }
    await dropIncomingSession(request);
    setSessionCookie(reply, result.value.token);
    return reply.redirect(afterFirstFactor(result.value.secondFactor, retour), 303);
  });

  app.post('/deconnexion', async (request, reply) => {
    if (request.actor?.kind === 'user') await seDeconnecter(contexteUtilisateur(request));
    clearSessionCookie(reply);
    setFlash(reply, { type: 'success', message: 'Vous êtes déconnecté.' });
    return reply.redirect('/', 303);
  });
}
