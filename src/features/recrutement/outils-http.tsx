import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UserActor } from '../../platform/auth/actor.ts';
import { lireChampsOuRefuser } from '../../platform/http/formulaire.ts';
import { ForbiddenError, userActor } from '../../platform/http/guards.ts';
import { setFlash } from '../../platform/http/render.tsx';
import { repondreIntrouvable } from '../../platform/http/reponses.tsx';
import type { DomainError } from '../../platform/result.ts';
import { codeDepartementSchema } from '../../platform/valeurs/codes-territoriaux.ts';

/** Helpers shared by the recruitment pages' routes. */

/**
 * The posted form as strings. A field sent twice (other than the `listes` a form repeats on purpose), an
 * object where text is expected or an invisible character refuses the request with a French 400.
 */
export function corps(request: FastifyRequest, listes: readonly string[] = []): Record<string, string> {
  return lireChampsOuRefuser(request.body, { listes }).valeurs;
}

/** Every value of a repeated field (checkboxes sharing a name). */
export function liste(request: FastifyRequest, name: string): string[] {
  const v = ((request.body ?? {}) as Record<string, unknown>)[name];
  if (v === undefined || v === null || v === '') return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
}

/** After a refused POST: 403/404 pages; otherwise the message on the page we came from. */
export function echec(request: FastifyRequest, reply: FastifyReply, error: DomainError, retour: string) {
  if (error.code === 'acces_refuse' || error.status === 403) throw new ForbiddenError(error.message);
  if (error.status === 404) return repondreIntrouvable(request, reply);
  setFlash(reply, { type: 'error', message: error.message });
  return reply.redirect(retour, 303);
}

export function succes(reply: FastifyReply, message: string, retour: string) {
  setFlash(reply, { type: 'success', message });
  return reply.redirect(retour, 303);
}

/** The structure of the active membership (the role guard already ran). */
export function structureDe(request: FastifyRequest): { actor: UserActor; structureId: string } {
  const actor = userActor(request);
  const id = actor.active?.structureId;
  if (!id) throw new ForbiddenError('Accès refusé');
  return { actor, structureId: id };
}

/** The département of the active préfecture membership. */
export function departementDe(request: FastifyRequest): { actor: UserActor; departementCode: string } {
  const actor = userActor(request);
  const code = actor.active?.departementCode;
  if (!code) throw new ForbiddenError('Accès refusé');
  return { actor, departementCode: code };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function param(request: FastifyRequest, name: string): string {
  return String((request.params as Record<string, string>)[name] ?? '');
}

/** The query string of a filtered list, without empty values. */
export function requete(params: Record<string, string | number | boolean | undefined>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '' && v !== false);
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}

/** Maps a use case's field names to the form's (e.g. communeCode → commune). */
export function renommer(fields: Record<string, string> | undefined, map: Record<string, string>) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields ?? {})) out[map[k] ?? k] = v;
  return out;
}

/** Query filter of the national lists: a département code, anything else ignored. */
export const FILTRE_DEPARTEMENT = codeDepartementSchema().optional().catch(undefined);

/** Query filter of the national lists: the page number, 1 when absent or wrong. */
export const FILTRE_PAGE = z.coerce.number().int().min(1).max(100000).catch(1);
