import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROLE_LABELS } from '../../platform/auth/roles.ts';
import { SESSION_COOKIE } from '../../platform/auth/sessions.ts';
import { sendPage, setFlash } from '../../platform/http/render.tsx';
import { compteRoutes } from './compte/routes.tsx';
import { seConnecter } from './connexion.ts';
import { seDeconnecter } from './deconnexion.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, PERSONAS } from './demo/personas.ts';
import { afterFirstFactor, safeReturnPath } from './domain/retour.ts';
import { espaceRoutes } from './espace/routes.tsx';
import { DEMANDE_CONFIRMATION, demanderReinitialisation, RESET_PATH } from './mot-de-passe-oublie.ts';
import { ConnexionPage, type ConnexionProps, type DemoInfo } from './pages/connexion.tsx';
import { DemandeReinitialisationPage, LienInvalidePage, ReinitialiserPage } from './pages/mot-de-passe.tsx';
import { proconnectRoutes } from './proconnect/routes.tsx';
import { JETON_MESSAGES, reinitialiserMotDePasse, verifierJeton } from './reinitialiser-mot-de-passe.ts';
import { clearSessionCookie, dropIncomingSession, setSessionCookie } from './session-cookie.ts';
import { totpRoutes } from './totp/routes.tsx';

type Body = Record<string, string | undefined>;

/** Login-type POSTs per IP address and process (LIMITE_CONNEXIONS_IP per 5 minutes); per-account counters live in the database. */
const limiteIp = (app: FastifyInstance) => ({
  rateLimit: { max: app.deps.config.limiteConnexionsIp, timeWindow: 5 * 60 * 1000 },
});

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

export function comptesRoutes(app: FastifyInstance) {
  app.get('/connexion', (request, reply) => {
    const query = request.query as Body;
    const retour = safeReturnPath(query.retour);
    if (request.actor?.kind === 'user') return reply.redirect(retour);
    return renderConnexion(request, reply, { retour: query.retour ? retour : undefined });
  });

  app.post('/connexion', { config: limiteIp(app) }, async (request, reply) => {
    const body = (request.body ?? {}) as Body;
    const retour = safeReturnPath(body.retour);
    const result = await seConnecter(request.server.deps, body, {
      ip: request.ip,
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
    if (request.actor?.kind === 'user') {
      await seDeconnecter(request.server.deps.db, request.actor, { ip: request.ip });
    }
    clearSessionCookie(reply);
    setFlash(reply, { type: 'success', message: 'Vous êtes déconnecté.' });
    return reply.redirect('/', 303);
  });

  app.get('/mot-de-passe-oublie', (request, reply) =>
    sendPage(
      request,
      reply,
      {
        title: 'Mot de passe oublié',
        breadcrumbs: [{ label: 'Se connecter', href: '/connexion' }, { label: 'Mot de passe oublié' }],
      },
      <DemandeReinitialisationPage csrf={reply.generateCsrf()} />,
    ),
  );

  app.post('/mot-de-passe-oublie', { config: limiteIp(app) }, async (request, reply) => {
    const body = (request.body ?? {}) as Body;
    const result = await demanderReinitialisation(request.server.deps, body, {
      ip: request.ip,
      log: (err) => request.log.error({ err }, 'courriel de réinitialisation non envoyé'),
    });
    const breadcrumbs = [{ label: 'Se connecter', href: '/connexion' }, { label: 'Mot de passe oublié' }];
    if (!result.ok) {
      return sendPage(
        request,
        reply,
        { title: 'Mot de passe oublié', breadcrumbs, status: result.error.status ?? 400 },
        <DemandeReinitialisationPage
          csrf={reply.generateCsrf()}
          email={body.email}
          errors={result.error.fields ?? {}}
        />,
      );
    }
    return sendPage(
      request,
      reply,
      { title: 'Mot de passe oublié', breadcrumbs },
      <DemandeReinitialisationPage csrf={reply.generateCsrf()} confirmation={DEMANDE_CONFIRMATION} />,
    );
  });

  const resetBreadcrumbs = [{ label: 'Nouveau mot de passe' }];

  app.get(RESET_PATH, async (request, reply) => {
    const { jeton } = request.query as Body;
    const check = await verifierJeton(request.server.deps.db, jeton, request.server.deps.now());
    if (!check.ok) {
      const page = JETON_MESSAGES[check.error.code];
      return sendPage(
        request,
        reply,
        { title: page.titre, status: 410, breadcrumbs: resetBreadcrumbs },
        <LienInvalidePage titre={page.titre} message={page.message} />,
      );
    }
    return sendPage(
      request,
      reply,
      { title: 'Choisir un nouveau mot de passe', breadcrumbs: resetBreadcrumbs },
      <ReinitialiserPage csrf={reply.generateCsrf()} jeton={jeton as string} email={check.value.email} />,
    );
  });

  app.post(RESET_PATH, { config: limiteIp(app) }, async (request, reply) => {
    const body = (request.body ?? {}) as Body;
    const deps = request.server.deps;
    const result = await reinitialiserMotDePasse(deps, body, { ip: request.ip });
    if (result.ok) {
      if (request.cookies[SESSION_COOKIE]) clearSessionCookie(reply);
      setFlash(reply, {
        type: 'success',
        message:
          'Votre mot de passe a été changé et vos sessions ont été fermées. Connectez-vous avec le nouveau mot de passe.',
      });
      return reply.redirect('/connexion', 303);
    }
    if (result.error.code.startsWith('jeton_')) {
      const page =
        JETON_MESSAGES[result.error.code.slice(6) as keyof typeof JETON_MESSAGES] ?? JETON_MESSAGES.inconnu;
      return sendPage(
        request,
        reply,
        { title: page.titre, status: 410, breadcrumbs: resetBreadcrumbs },
        <LienInvalidePage titre={page.titre} message={page.message} />,
      );
    }
    const check = await verifierJeton(deps.db, body.jeton, deps.now());
    return sendPage(
      request,
      reply,
      {
        title: 'Choisir un nouveau mot de passe',
        breadcrumbs: resetBreadcrumbs,
        status: result.error.status ?? 400,
      },
      <ReinitialiserPage
        csrf={reply.generateCsrf()}
        jeton={body.jeton ?? ''}
        email={check.ok ? check.value.email : ''}
        errors={result.error.fields ?? {}}
      />,
    );
  });

  totpRoutes(app);
  compteRoutes(app);
  espaceRoutes(app);
  proconnectRoutes(app);
}
