import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../../../platform/auth/sessions.ts';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { limiteIp } from '../connexion/limite-ip.ts';
import { DemandeReinitialisationPage, LienInvalidePage, ReinitialiserPage } from '../pages/mot-de-passe.tsx';
import { clearSessionCookie } from '../session-cookie.ts';
import { DEMANDE_CONFIRMATION, demanderReinitialisation, RESET_PATH } from './mot-de-passe-oublie.ts';
import { JETON_MESSAGES, reinitialiserMotDePasse, verifierJeton } from './reinitialiser-mot-de-passe.ts';

type Body = Record<string, string | undefined>;

/** A forgotten password: the request for a link by e-mail, then the new password through that link. */
export function motDePasseRoutes(app: FastifyInstance) {
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
    const result = await demanderReinitialisation(
      {
        ...contexteRequete(request),
        log: (err) => request.log.error({ err }, 'courriel de réinitialisation non envoyé'),
      },
      body,
    );
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
    const result = await reinitialiserMotDePasse(contexteRequete(request), body);
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
}
