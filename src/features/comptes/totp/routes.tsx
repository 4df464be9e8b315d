import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserActor } from '../../../platform/auth/actor.ts';
import { SESSION_COOKIE } from '../../../platform/auth/sessions.ts';
import { contexteUtilisateur } from '../../../platform/http/contexte.ts';
import { requireUser, userActor } from '../../../platform/http/guards.ts';
import { sendPage, setFlash } from '../../../platform/http/render.tsx';
import { DEMO_TOTP_SECRET } from '../demo/personas.ts';
import { safeReturnPath } from '../domain/retour.ts';
import { formatSecret, totpCodeAt, totpUri } from '../domain/totp.ts';
import { CodePage } from '../pages/code.tsx';
import { DeuxFacteursPage } from '../pages/deux-facteurs.tsx';
import { findUserById } from '../repo.ts';
import { setSessionCookie } from '../session-cookie.ts';
import { desactiverDeuxFacteurs } from './desactivation.ts';
import { activerDeuxFacteurs, etatDeuxFacteurs, preparerDeuxFacteurs } from './enrolement.ts';
import { qrDataUri } from './qr.ts';
import { verifierCodeConnexion } from './verification.ts';

type Body = Record<string, string | undefined>;

/** Login-type POSTs per IP address (LIMITE_CONNEXIONS_IP per 5 minutes); the per-account lock is separate. */
const limiteIp = (app: FastifyInstance) => ({
  rateLimit: { max: app.deps.config.limiteConnexionsIp, timeWindow: 5 * 60 * 1000 },
});
const breadcrumbs2fa = [{ label: 'Mon compte', href: '/compte' }, { label: 'Double authentification' }];

/** Demo accounts in demo mode only: the current code is shown so the demo works without a phone. */
async function demoCode(request: FastifyRequest, actor: UserActor): Promise<string | undefined> {
  const deps = request.server.deps;
  if (deps.config.mode !== 'demo') return undefined;
  const user = await findUserById(deps.db, actor.userId);
  if (!user?.demo || user.totpSecret !== DEMO_TOTP_SECRET) return undefined;
  return totpCodeAt(DEMO_TOTP_SECRET, deps.now());
}

async function render2fa(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { errors?: Record<string, string>; status?: number; obligatoire?: boolean } = {},
) {
  const ctx = contexteUtilisateur(request);
  const { actor } = ctx;
  const etat = await etatDeuxFacteurs(ctx);
  const enrolement = etat.secretEnAttente
    ? {
        qr: await qrDataUri(totpUri(etat.secretEnAttente, actor.email)),
        secret: formatSecret(etat.secretEnAttente),
      }
    : undefined;
  const obligatoire =
    options.obligatoire ??
    ((request.query as Body).obligatoire === '1' || (request.body as Body | undefined)?.obligatoire === '1');
  return sendPage(
    request,
    reply,
    { title: 'Double authentification', breadcrumbs: breadcrumbs2fa, status: options.status ?? 200 },
    <DeuxFacteursPage
      csrf={reply.generateCsrf()}
      obligatoire={obligatoire}
      active={etat.active}
      activeLe={etat.activeLe}
      enrolement={enrolement}
      errors={options.errors ?? {}}
    />,
  );
}

export function totpRoutes(app: FastifyInstance) {
  app.get('/connexion/code', { preHandler: requireUser }, async (request, reply) => {
    const actor = userActor(request);
    const retour = safeReturnPath((request.query as Body).retour);
    if (actor.totpVerified || !actor.totpEnabled) return reply.redirect(retour);
    return sendPage(
      request,
      reply,
      { title: 'Code de vérification', breadcrumbs: [{ label: 'Code de vérification' }] },
      <CodePage csrf={reply.generateCsrf()} retour={retour} codeDemo={await demoCode(request, actor)} />,
    );
  });

  app.post('/connexion/code', { preHandler: requireUser, config: limiteIp(app) }, async (request, reply) => {
    const ctx = contexteUtilisateur(request);
    const { actor } = ctx;
    const body = (request.body ?? {}) as Body;
    const retour = safeReturnPath(body.retour);
    if (actor.totpVerified) return reply.redirect(retour, 303);
    const token = request.cookies[SESSION_COOKIE] as string;
    const result = await verifierCodeConnexion(ctx, body, {
      token,
      userAgent: request.headers['user-agent'],
    });
    if (!result.ok) {
      return sendPage(
        request,
        reply,
        {
          title: 'Code de vérification',
          breadcrumbs: [{ label: 'Code de vérification' }],
          status: result.error.status ?? 422,
        },
        <CodePage
          csrf={reply.generateCsrf()}
          retour={retour}
          errors={result.error.fields ?? {}}
          alerte={result.error.fields ? undefined : result.error.message}
          codeDemo={await demoCode(request, actor)}
        />,
      );
    }
    setSessionCookie(reply, result.value.token);
    return reply.redirect(retour, 303);
  });

  app.get('/compte/2fa', { preHandler: requireUser }, (request, reply) => render2fa(request, reply));

  app.post('/compte/2fa/preparer', { preHandler: requireUser }, async (request, reply) => {
    const result = await preparerDeuxFacteurs(contexteUtilisateur(request));
    if (!result.ok) setFlash(reply, { type: 'info', message: result.error.message });
    const obligatoire = (request.body as Body | undefined)?.obligatoire === '1';
    return reply.redirect(obligatoire ? '/compte/2fa?obligatoire=1' : '/compte/2fa', 303);
  });

  app.post(
    '/compte/2fa/activer',
    { preHandler: requireUser, config: limiteIp(app) },
    async (request, reply) => {
      const result = await activerDeuxFacteurs(contexteUtilisateur(request), request.body);
      if (!result.ok) {
        if (!result.error.fields) {
          setFlash(reply, { type: 'error', message: result.error.message });
          return reply.redirect('/compte/2fa', 303);
        }
        return render2fa(request, reply, { errors: result.error.fields, status: result.error.status ?? 422 });
      }
      setFlash(reply, {
        type: 'success',
        message: 'La double authentification est activée : un code vous sera demandé à chaque connexion.',
      });
      // After the mandatory enrolment, straight on to the person's space.
      const obligatoire = (request.body as Body | undefined)?.obligatoire === '1';
      return reply.redirect(obligatoire ? '/espace' : '/compte', 303);
    },
  );

  app.post(
    '/compte/2fa/desactiver',
    { preHandler: requireUser, config: limiteIp(app) },
    async (request, reply) => {
      const result = await desactiverDeuxFacteurs(contexteUtilisateur(request), request.body);
      if (!result.ok) {
        if (!result.error.fields) {
          setFlash(reply, { type: 'error', message: result.error.message });
          return reply.redirect('/compte/2fa', 303);
        }
        return render2fa(request, reply, { errors: result.error.fields, status: result.error.status ?? 422 });
      }
      setFlash(reply, { type: 'success', message: 'La double authentification est désactivée.' });
      return reply.redirect('/compte', 303);
    },
  );
}
