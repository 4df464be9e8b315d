import type { FastifyRequest } from 'fastify';
import { type ContexteUtilisateur, systemContext, type UseCaseContext } from '../context.ts';
import { userActor } from './guards.ts';

/**
 * The use-case context of a request: its caller (a person, a token or nobody), its address, one reading
 * of the clock, and the request's logger. Routes build it once and hand it to the use case.
 */
export function contexteRequete(request: FastifyRequest): UseCaseContext {
  return systemContext(request.server.deps, {
    actor: request.actor ?? null,
    ip: request.ip,
    log: (erreur) => request.log.error(erreur),
  });
}

/** The same, for a route behind requireUser: the caller is a signed-in person (else 403). */
export function contexteUtilisateur(request: FastifyRequest): ContexteUtilisateur {
  const actor = userActor(request);
  return { ...contexteRequete(request), actor };
}
