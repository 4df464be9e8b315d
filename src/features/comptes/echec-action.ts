import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError } from '../../platform/http/guards.ts';
import { setFlash } from '../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../platform/http/reponses.tsx';
import type { DomainError } from '../../platform/result.ts';

/** A refused or impossible action after a POST: 403/404 pages, otherwise a message on the page we came from. */
export function echecAction(request: FastifyRequest, reply: FastifyReply, error: DomainError, back: string) {
  if (error.code === 'acces_refuse') throw new ForbiddenError(error.message);
  if (error.status === 404) return repondreIntrouvable(request, reply);
  setFlash(reply, { type: 'error', message: error.message });
  return reply.redirect(back, 303);
}
