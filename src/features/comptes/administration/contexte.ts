import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { ForbiddenError } from '../../../platform/http/guards.ts';
import { setFlash } from '../../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import type { DomainError } from '../../../platform/result.ts';

/** What a use case is given besides its input: the database, the time, who acts and from where. */
export interface ContexteAction {
  db: Db;
  now: Date;
  /** null when a command-line operator acts (recorded as such in the audit log). */
  actor: Actor | null;
  ip?: string | undefined;
}

/** The context of a use case run by a request. */
export function contexte(request: FastifyRequest): ContexteAction {
  return { db: request.server.deps.db, now: request.server.deps.now(), actor: request.actor, ip: request.ip };
}

export const notFoundPage = repondreIntrouvable;

/** A refused or impossible action after a POST: 403/404 pages, otherwise a message on the page we came from. */
export function echecAction(request: FastifyRequest, reply: FastifyReply, error: DomainError, back: string) {
  if (error.code === 'acces_refuse') throw new ForbiddenError(error.message);
  if (error.status === 404) return notFoundPage(request, reply);
  setFlash(reply, { type: 'error', message: error.message });
  return reply.redirect(back, 303);
}
