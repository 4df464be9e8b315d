import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** Requests dropped because their client had gone before the work was done (since start). */
    requetesAbandonnees(): number;
  }
}

/** True when the client has gone (timed out, navigated away, closed the tab): no one would read the answer. */
export function clientParti(request: FastifyRequest): boolean {
  // The socket, not the request stream: a request whose body has been read is itself "destroyed"
  // (autoDestroy) while its client still waits for the answer.
  const socket = request.raw.socket;
  return !socket || socket.destroyed;
}

let compteur = 0;

/**
 * Stops the work of a request whose client has gone: nothing is computed, rendered or sent. Returns true
 * when the request was dropped (the caller then returns `reply` at once).
 */
export function abandonnerSiClientParti(request: FastifyRequest, reply: FastifyReply): boolean {
  if (!clientParti(request)) return false;
  compteur++;
  request.log.debug({ url: request.url }, 'requête abandonnée : le client est parti');
  reply.hijack();
  if (!reply.raw.destroyed) reply.raw.destroy();
  return true;
}

/**
 * Under load, requests wait: the client of a queued request may have given up long before its turn. A
 * check before the session lookup and another before the handler drop such requests (issue 9: with 200
 * connections, abandoned requests kept the server busy for 23 s). `sendPage` checks again before it
 * renders, and a handler may call `abandonnerSiClientParti` after any slow step.
 */
export function installerAbandons(app: FastifyInstance): void {
  app.decorate('requetesAbandonnees', () => compteur);
  const verifier = async (request: FastifyRequest, reply: FastifyReply) => {
    if (abandonnerSiClientParti(request, reply)) return reply;
  };
  app.addHook('onRequest', verifier);
  app.addHook('preHandler', verifier);
}
