import type { FastifyInstance, FastifyReply } from 'fastify';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { sendPage } from '../../../platform/http/render.tsx';
import { afterFirstFactor, safeReturnPath } from '../domain/retour.ts';
import { MessagePage } from '../pages/mot-de-passe.tsx';
import { dropIncomingSession, setSessionCookie } from '../session-cookie.ts';
import { authorizationRequest, PROCONNECT_CALLBACK_PATH, type ProConnectChecks } from './client.ts';
import { connexionProConnect, PROCONNECT_ECHEC } from './connexion.ts';

/** state, nonce and PKCE verifier live in a signed cookie for the few minutes of the round trip. */
const CHECKS_COOKIE = 'maillage_proconnect';
const CHECKS_TTL_S = 10 * 60;

function clearChecks(reply: FastifyReply) {
  reply.clearCookie(CHECKS_COOKIE, { path: '/connexion/proconnect' });
}

function readChecks(
  raw: string | undefined,
  unsign: (v: string) => { valid: boolean; value: string | null },
) {
  if (!raw) return null;
  const unsigned = unsign(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    const c = JSON.parse(unsigned.value) as Partial<ProConnectChecks>;
    if (typeof c.state !== 'string' || typeof c.nonce !== 'string' || typeof c.verifier !== 'string')
      return null;
    return { state: c.state, nonce: c.nonce, verifier: c.verifier, retour: safeReturnPath(c.retour) };
  } catch {
    return null;
  }
}

/** Optional login with ProConnect (agents), only when PROCONNECT_* is configured. */
export function proconnectRoutes(app: FastifyInstance) {
  const pc = app.deps.config.proConnect;
  if (!pc) return;
  const { baseUrl, secureCookies } = app.deps.config;

  app.post(
    '/connexion/proconnect',
    { config: { rateLimit: { max: app.deps.config.limiteConnexionsIp, timeWindow: 5 * 60 * 1000 } } },
    async (request, reply) => {
      const retour = safeReturnPath((request.body as Record<string, string> | undefined)?.retour);
      let redirect: URL;
      try {
        const { url, checks } = await authorizationRequest(pc, baseUrl, retour);
        reply.setCookie(CHECKS_COOKIE, JSON.stringify(checks), {
          path: '/connexion/proconnect',
          httpOnly: true,
          // Lax: the provider sends the browser back with a top-level GET.
          sameSite: 'lax',
          secure: secureCookies,
          signed: true,
          maxAge: CHECKS_TTL_S,
        });
        redirect = url;
      } catch (err) {
        request.log.error({ err }, 'ProConnect injoignable');
        return sendPage(
          request,
          reply,
          {
            title: 'ProConnect indisponible',
            status: 503,
            breadcrumbs: [{ label: 'Se connecter', href: '/connexion' }, { label: 'ProConnect' }],
          },
          <MessagePage
            titre="ProConnect indisponible"
            message="Le service ProConnect ne répond pas pour le moment. Réessayez dans quelques minutes ou connectez-vous avec votre adresse et votre mot de passe."
          />,
        );
      }
      return reply.redirect(redirect.href, 303);
    },
  );

  app.get(PROCONNECT_CALLBACK_PATH, async (request, reply) => {
    const checks = readChecks(request.cookies[CHECKS_COOKIE], (v) => request.unsignCookie(v));
    clearChecks(reply);
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const currentUrl = new URL(`${PROCONNECT_CALLBACK_PATH}${query}`, baseUrl);
    const ctx = {
      ...contexteRequete(request),
      log: (err: unknown) => request.log.warn({ err }, 'échec de connexion ProConnect'),
    };
    const result = await connexionProConnect(ctx, {
      currentUrl,
      checks,
      userAgent: request.headers['user-agent'],
    });
    if (!result.ok) {
      return sendPage(
        request,
        reply,
        {
          title: 'Connexion ProConnect impossible',
          status: result.error.status ?? 400,
          breadcrumbs: [{ label: 'Se connecter', href: '/connexion' }, { label: 'ProConnect' }],
        },
        <MessagePage
          titre="Connexion ProConnect impossible"
          message={result.error.message ?? PROCONNECT_ECHEC}
        />,
      );
    }
    await dropIncomingSession(request);
    setSessionCookie(reply, result.value.token);
    return reply.redirect(afterFirstFactor(result.value.secondFactor, checks?.retour ?? '/espace'), 303);
  });
}
