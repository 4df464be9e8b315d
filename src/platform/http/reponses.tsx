import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Flash } from '../../ui/layout.tsx';
import { ErrorPage } from '../../ui/pages/errors.tsx';
import { isApiRequest } from './app.tsx';
import { problem, sendProblem } from './problem.ts';
import { sendPage, sendPagePasTrouvee, setFlash } from './render.tsx';

/**
 * The 404 of every page and endpoint: a DSFR page for people, problem+json on the API. Used too when a
 * record exists but is outside the actor's scope, so that another structure's ids reveal nothing.
 */
export function repondreIntrouvable(
  request: FastifyRequest,
  reply: FastifyReply,
  detail = 'Aucune ressource ne correspond à cette adresse.',
) {
  if (isApiRequest(request)) return sendProblem(reply, problem(404, 'introuvable', detail));
  return sendPagePasTrouvee(request, reply);
}

/** A refusal or failure the person can understand: a DSFR page with the status, or problem+json. */
export function repondreEchec(
  request: FastifyRequest,
  reply: FastifyReply,
  echec: { status: number; code: string; titre: string; message: string },
) {
  if (isApiRequest(request)) return sendProblem(reply, problem(echec.status, echec.code, echec.message));
  return sendPage(
    request,
    reply,
    { title: echec.titre, status: echec.status },
    <ErrorPage status={echec.status} title={echec.titre} message={echec.message} />,
  );
}

/** Post/redirect/get: the message shows on the next page, the browser's back button never resubmits. */
export function redirigerAvecMessage(
  reply: FastifyReply,
  url: string,
  message: string,
  type: Flash['type'] = 'success',
) {
  setFlash(reply, { type, message });
  return reply.redirect(url, 303);
}
