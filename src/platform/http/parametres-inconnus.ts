import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem, sendProblem } from './problem.ts';

/**
 * API routes refuse a query parameter they do not know (issue 8): a misspelt filter (`departemnt=02`)
 * silently ignored gives the client the whole country and no hint. The accepted names are the keys of
 * the route's own `querystring` schema, the one the OpenAPI document publishes: nothing to keep in sync.
 */
function nomsAcceptes(schema: unknown): readonly string[] {
  const forme = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return forme && typeof forme === 'object' ? Object.keys(forme) : [];
}

export async function refuserParametresInconnus(request: FastifyRequest, reply: FastifyReply) {
  if (!request.url.startsWith('/api/')) return;
  const schema = request.routeOptions.schema as { querystring?: unknown; hide?: boolean } | undefined;
  if (!request.routeOptions.url || schema?.hide) return;
  const recus = Object.keys((request.query ?? {}) as Record<string, unknown>);
  if (recus.length === 0) return;
  const acceptes = nomsAcceptes(schema?.querystring);
  const inconnus = recus.filter((nom) => !acceptes.includes(nom));
  if (inconnus.length === 0) return;
  const liste = inconnus.map((n) => `« ${n.slice(0, 60)} »`).join(', ');
  const aide =
    acceptes.length > 0
      ? ` Paramètres acceptés : ${acceptes.join(', ')}.`
      : ' Cette route n’accepte aucun paramètre.';
  return sendProblem(
    reply,
    problem(
      400,
      'parametre_inconnu',
      `${inconnus.length > 1 ? 'Paramètres inconnus' : 'Paramètre inconnu'} : ${liste}.${aide}`,
      inconnus.map((n) => ({ field: n.slice(0, 60), message: 'Paramètre inconnu de cette route.' })),
    ),
  );
}

export function installerRefusParametresInconnus(app: FastifyInstance): void {
  app.addHook('preValidation', refuserParametresInconnus);
}
