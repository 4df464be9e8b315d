import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { exigerAppelant } from '../../platform/http/guards.ts';
import { problemSchema } from '../../platform/http/problem.ts';
import { sendPage } from '../../platform/http/render.tsx';
import { completerDocument, construireDocumentation } from './domain/documentation.ts';
import { DocumentationApiPage } from './pages/documentation.tsx';
import { moiSchema } from './schemas.ts';

/** Who is calling: lets a client check its token before anything else. */
export function apiRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  let document: Record<string, unknown> | null = null;
  // Routes are all registered once the app is ready: build the completed document once, then serve it.
  const openapi = () => {
    document ??= completerDocument(app.swagger() as unknown as Record<string, unknown>);
    return document;
  };

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return openapi();
  });

  app.get('/api/v1/docs', { schema: { hide: true } }, async (request, reply) => {
    const doc = openapi();
    const info = (doc.info ?? {}) as { title?: string; version?: string };
    return sendPage(
      request,
      reply,
      { title: 'Documentation de l’API', breadcrumbs: [{ label: 'Documentation de l’API' }] },
      <DocumentationApiPage
        titre={info.title ?? 'API Maillage'}
        version={info.version ?? ''}
        baseUrl={app.deps.config.baseUrl}
        groupes={construireDocumentation(doc)}
      />,
    );
  });

  api.get(
    '/api/v1/moi',
    {
      preHandler: exigerAppelant,
      schema: {
        tags: ['Authentification'],
        summary: 'Qui suis-je ?',
        description:
          'Décrit l’appelant : le jeton d’API (nom, portées, restriction) ou la personne connectée. Utile pour vérifier qu’un jeton fonctionne. Sans jeton valide : 401 avec le code `authentification_requise` (aucun jeton) ou `jeton_invalide` (jeton inconnu ou révoqué).',
        security: [{ jeton: [] }],
        response: { 200: moiSchema, 401: problemSchema },
      },
    },
    async (request): Promise<z.infer<typeof moiSchema>> => {
      const actor = request.actor!;
      if (actor.kind === 'api') {
        return {
          type: 'jeton',
          id: actor.tokenId,
          nom: actor.nom,
          portees: actor.scopes,
          departement: actor.departementCode,
          structure_id: actor.structureId,
        };
      }
      return {
        type: 'utilisateur',
        id: actor.userId,
        email: actor.email,
        prenom: actor.prenom,
        nom: actor.nom,
        role_actif: actor.active
          ? {
              role: actor.active.role,
              departement: actor.active.departementCode,
              structure_id: actor.active.structureId,
            }
          : null,
      };
    },
  );
}
