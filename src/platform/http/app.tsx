import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { DSFR_DIST, DSFR_VERSION } from '../../ui/assets.ts';
import { ERRORS, ErrorPage } from '../../ui/pages/errors.tsx';
import type { Actor } from '../auth/actor.ts';
import { loadApiActor } from '../auth/api-tokens.ts';
import { loadSessionActor, SESSION_COOKIE } from '../auth/sessions.ts';
import type { FeatureRoutes } from '../module/module.ts';
import { installerMessagesFrancais } from '../validation/messages-francais.ts';
import { installerAbandons } from './abandons.ts';
import type { AppDeps } from './deps.ts';
import { MESSAGE_CARACTERE_CONTROLE, refuserEntreeHostile } from './entree-hostile.ts';
import { FormulaireMalForme } from './formulaire.ts';
import { installerRefusParametresInconnus } from './parametres-inconnus.ts';
import { problem, sendProblem } from './problem.ts';
import { sendPage, sendPagePasTrouvee } from './render.tsx';
import { installerToursEquitables } from './tours-equitables.ts';

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /**
     * false on a route that receives cross-site POSTs by design (an OpenID Connect token endpoint called
     * by a relying party's server): it must then authenticate its caller another way.
     */
    csrf?: boolean;
    /** Directives replacing the platform's Content-Security-Policy on this route only. */
    csp?: Record<string, string[]>;
  }
}

const STATIC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../ui/static');

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

function isAsset(url: string): boolean {
  return url.startsWith('/dsfr/') || url.startsWith('/static/') || url === '/favicon.ico';
}

/**
 * Builds the HTTP application (pages + API) around the given dependencies: the routes are those the
 * feature modules declared (`deps.registry`), after `before` (a test's hooks, for instance).
 */
/** Fastify wants a function for a hop count: trust the first `n` proxies in front of the app. */
function confiance(
  t: false | number | string[],
): boolean | string[] | ((adresse: string, saut: number) => boolean) {
  return typeof t === 'number' ? (_adresse, saut) => saut < t : t;
}

export async function buildApp(
  deps: AppDeps,
  before: readonly FeatureRoutes[] = [],
): Promise<FastifyInstance> {
  installerMessagesFrancais();
  const app = Fastify({
    logger:
      deps.config.logLevel === 'silent'
        ? false
        : {
            level: deps.config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
    trustProxy: confiance(deps.config.trustProxy),
    bodyLimit: 1024 * 1024,
    logController: new LogController({
      disableRequestLogging: deps.config.logLevel !== 'debug' && deps.config.logLevel !== 'trace',
    }),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  installerToursEquitables(app);

  const https = deps.config.secureCookies;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", 'https:'],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: https ? { maxAge: 63072000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  // HTML, JSON, CSV, GeoJSON and the DSFR assets go out compressed (brotli or gzip, as the client asks).
  // Brotli's default quality (11) costs ~50 ms per 500 KB: 5 keeps it cheap on the request path.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
    zlibOptions: { level: 6 },
  });
  await app.register(fastifyCookie, { secret: deps.config.sessionSecret });
  await app.register(fastifyFormbody, { bodyLimit: 256 * 1024 });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyCsrf, {
    cookieKey: 'maillage_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: https, signed: true },
    getToken: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const fromBody = body && typeof body === 'object' ? body._csrf : undefined;
      // Never from the query string: a URL ends up in logs, history and Referer headers.
      const header = req.headers['x-csrf-token'];
      return typeof fromBody === 'string' ? fromBody : typeof header === 'string' ? header : '';
    },
  });

  // Until the CSRF cookie exists, each generateCsrf() call makes a new secret (and cookie): a page's
  // forms and the layout's would then disagree on a first visit. One token per response.
  app.addHook('onRequest', async (_request, reply) => {
    const generate = reply.generateCsrf;
    let token: string | undefined;
    reply.generateCsrf = function (this: FastifyReply, opts) {
      token ??= generate.call(this, opts);
      return token;
    };
  });

  // OpenAPI 3.1 generated from the zod schemas of the /api/v1 routes (pages are left out).
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'API Maillage',
        version: '1.0.0',
        description:
          'API du programme national d’inclusion numérique. Réponses JSON ; erreurs au format application/problem+json avec un `code` stable et un `detail` en français.',
      },
      servers: [{ url: deps.config.baseUrl }],
      components: {
        securitySchemes: {
          jeton: { type: 'http', scheme: 'bearer', description: 'Jeton d’API créé par l’ANCT' },
        },
      },
    },
    transform: (input) => {
      if (!input.url.startsWith('/api/v1/') || input.url === '/api/v1/openapi.json') {
        return { schema: { ...input.schema, hide: true }, url: input.url };
      }
      return jsonSchemaTransform(input);
    },
  });

  await app.register(fastifyStatic, {
    root: DSFR_DIST,
    prefix: `/dsfr/${DSFR_VERSION}/`,
    decorateReply: false,
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  await app.register(fastifyStatic, {
    root: STATIC_DIR,
    prefix: '/static/',
    decorateReply: false,
    maxAge: '1h',
    index: false,
  });
  app.get('/favicon.ico', (_req, reply) => reply.redirect(`/dsfr/${DSFR_VERSION}/favicon/favicon.ico`, 301));

  installerAbandons(app);

  // Who is asking: a bearer token on the API, else the session cookie.
  app.addHook('onRequest', async (request) => {
    if (isAsset(request.url)) return;
    const now = deps.now();
    const auth = request.headers.authorization;
    if (isApiRequest(request) && auth?.startsWith('Bearer ')) {
      request.actor = await loadApiActor(deps.db, auth.slice(7).trim(), now);
      if (!request.actor)
        throw Object.assign(new Error('jeton invalide'), { statusCode: 401, code: 'jeton_invalide' });
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await loadSessionActor(deps.db, token, now);
  });

  // Control characters and absurd nesting never reach a route (issue 9: NUL gave 500s on 18 routes).
  app.addHook('preValidation', refuserEntreeHostile);
  installerRefusParametresInconnus(app);

  // CSRF on every state-changing request made with a browser session (the API uses bearer tokens).
  app.addHook('preHandler', (request, reply, done) => {
    const method = request.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return done();
    if (request.actor?.kind === 'api') return done();
    if (request.routeOptions.config.csrf === false) return done();
    app.csrfProtection(request, reply, done);
  });

  // A route may state its own Content-Security-Policy (e.g. a consent page posting to a relying party).
  app.addHook('onSend', async (request, reply) => {
    const csp = request.routeOptions.config?.csp;
    if (csp) reply.header('content-security-policy', formatCsp(csp));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => handleError(app, error, request, reply));
  app.setNotFoundHandler((request, reply) => {
    if (isApiRequest(request)) {
      return sendProblem(
        reply,
        problem(404, 'introuvable', 'Aucune ressource ne correspond à cette adresse.'),
      );
    }
    return sendPagePasTrouvee(request, reply);
  });

  for (const register of [...before, ...deps.registry.routes]) await register(app);
  return app;
}

/** Serialises CSP directives the way helmet does: camelCase names become kebab-case. */
export function formatCsp(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([nom, valeurs]) =>
      [nom.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), ...valeurs].join(' ').trim(),
    )
    .join('; ');
}

function handleError(
  app: FastifyInstance,
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const api = isApiRequest(request);
  const status = error.statusCode ?? 500;
  let code = 'erreur_interne';
  let detail: string = ERRORS[500].message;

  if (error.code === 'acces_refuse') {
    code = 'acces_refuse';
    detail = ERRORS[403].message;
  } else if (error.code?.startsWith('FST_CSRF')) {
    code = 'csrf_invalide';
    detail =
      'Le formulaire a expiré ou ne provient pas de ce site. Rechargez la page puis recommencez : rien n’a été enregistré.';
  } else if (
    !error.statusCode &&
    /^(Multipart: |Unexpected end of (form|multipart)|Malformed part header)/.test(error.message)
  ) {
    // A multipart body without boundary, with another boundary, or cut short: the client's mistake.
    code = 'formulaire_mal_forme';
    detail = 'L’envoi du formulaire est incomplet ou mal formé : rechargez la page puis recommencez.';
    const statut = 400;
    if (api) return sendProblem(reply, problem(statut, code, detail));
    return sendPage(
      request,
      reply,
      { title: 'Requête impossible', status: statut },
      <ErrorPage status={statut} title="Requête impossible" message={detail} />,
    );
  } else if (error instanceof FormulaireMalForme) {
    code = error.code;
    detail = error.message;
  } else if (error.code === 'caractere_controle') {
    code = 'caractere_controle';
    detail = MESSAGE_CARACTERE_CONTROLE;
  } else if (error instanceof ZodError) {
    // A route that parsed with .parse() what the client sent: the client's mistake, said in French.
    code = 'requete_invalide';
    detail = `Paramètres invalides : ${error.issues.map((i) => (i.path.length ? `${i.path.join('.')} (${i.message})` : i.message)).join(' ; ')}`;
    if (api) return sendProblem(reply, problem(400, code, detail));
    return sendPage(
      request,
      reply,
      { title: 'Requête impossible', status: 400 },
      <ErrorPage status={400} title="Requête impossible" message={detail} />,
    );
  } else if (error.code === 'jeton_invalide') {
    code = 'jeton_invalide';
    detail = 'Le jeton d’API est inconnu, révoqué ou mal formé.';
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    code = 'requete_invalide';
    const fields = error.validation.map((v) => {
      const field = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '';
      return { field, message: v.message ?? 'valeur invalide' };
    });
    detail = `Paramètres invalides : ${fields.map((f) => (f.field ? `${f.field} (${f.message})` : f.message)).join(' ; ')}`;
    if (api) return sendProblem(reply, problem(400, code, detail, fields));
  } else if (error.validation) {
    code = 'requete_invalide';
    detail = `Paramètres invalides : ${error.message}`;
  } else if (status === 429) {
    code = 'trop_de_requetes';
    detail = 'Trop de tentatives en peu de temps. Patientez quelques minutes avant de réessayer.';
  } else if (status === 413) {
    code = 'trop_volumineux';
    detail = 'Le contenu envoyé est trop volumineux.';
  } else if (status === 415) {
    code = 'type_non_pris_en_charge';
    detail = 'Ce type de contenu n’est pas accepté ici.';
  } else if (status === 400) {
    code = 'requete_invalide';
    detail = 'La requête est mal formée.';
  } else if (status >= 500) {
    request.log.error({ err: error }, 'erreur non gérée');
  }
  const finalStatus = code === 'csrf_invalide' ? 403 : status >= 400 && status < 600 ? status : 500;

  if (api || code === 'jeton_invalide') {
    return sendProblem(reply, problem(finalStatus, code, detail));
  }
  const title =
    code === 'acces_refuse'
      ? ERRORS[403].title
      : finalStatus === 403
        ? 'Action refusée'
        : finalStatus >= 500
          ? ERRORS[500].title
          : 'Requête impossible';
  try {
    return sendPage(
      request,
      reply,
      { title, status: finalStatus },
      <ErrorPage status={finalStatus} title={title} message={detail} />,
    );
  } catch (renderError) {
    app.log.error({ err: renderError }, 'page d’erreur impossible à afficher');
    return reply.code(500).type('text/plain; charset=utf-8').send('Erreur inattendue.');
  }
}
