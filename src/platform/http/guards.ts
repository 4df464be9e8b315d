import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserActor } from '../auth/actor.ts';
import { ROLES_WITH_TOTP, type Role } from '../auth/roles.ts';
import { isApiRequest } from './app.tsx';
import { problem, sendProblem } from './problem.ts';

export class ForbiddenError extends Error {
  statusCode = 403;
  code = 'acces_refuse';
}

/** The signed-in person, or a redirect to the login page (401 on the API). */
export async function requireUser(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const actor = request.actor;
  if (actor?.kind === 'user') {
    // A second factor is owed when the account has one, or when the active role requires one.
    const owesTotp = actor.totpEnabled || (actor.active !== null && ROLES_WITH_TOTP.has(actor.active.role));
    if (owesTotp && !actor.totpVerified) {
      const allowed = request.url.startsWith('/connexion/') || request.url.startsWith('/compte/2fa');
      if (!allowed) {
        return reply.redirect(actor.totpEnabled ? '/connexion/code' : '/compte/2fa?obligatoire=1');
      }
    }
    return;
  }
  if (isApiRequest(request)) {
    return sendProblem(
      reply,
      problem(401, 'authentification_requise', 'Connectez-vous ou fournissez un jeton d’API.'),
    );
  }
  const back = encodeURIComponent(request.url);
  return reply.redirect(`/connexion?retour=${back}`);
}

/** Only these active roles pass; others get the DSFR 403 (or a problem+json 403). */
export function requireRole(...roles: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    await requireUser(request, reply);
    if (reply.sent) return;
    const actor = request.actor as UserActor;
    if (!actor.active || !roles.includes(actor.active.role)) throw new ForbiddenError('Accès refusé');
  };
}

export function userActor(request: FastifyRequest): UserActor {
  if (request.actor?.kind !== 'user') throw new ForbiddenError('Accès refusé');
  return request.actor;
}

/** A bearer token or a signed-in person (requireUser alone would refuse tokens). */
export async function exigerAppelant(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.actor?.kind === 'api') return;
  return requireUser(request, reply);
}

/**
 * The API caller guard: a token must carry `portee` (e.g. "recrutement:lecture"); a signed-in person
 * passes to the route, whose own policy decides by role and scope.
 */
export function exigerPorteeJeton(portee: string) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    await exigerAppelant(request, reply);
    if (reply.sent) return;
    const actor = request.actor;
    if (actor?.kind === 'api' && !actor.scopes.includes(portee)) {
      return sendProblem(
        reply,
        problem(403, 'portee_manquante', `Ce jeton n’a pas la portée « ${portee} ».`),
      );
    }
  };
}
