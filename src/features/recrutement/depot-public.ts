import type { FastifyReply, FastifyRequest } from 'fastify';
import { createSession } from '../../platform/auth/sessions.ts';
import type { DomainError } from '../../platform/result.ts';
import type { CommuneCandidate } from '../../ui/components/commune-field.tsx';
import type { FieldErrors } from '../../ui/components/form.tsx';
import { dropIncomingSession, setSessionCookie } from '../comptes/index.ts';
import { parseSiret } from '../structures/index.ts';
import { resolveCommune } from '../territoires/index.ts';
import { renommer } from './outils-http.tsx';

/** What the two public application forms (structure, conseiller) share: rate limit, commune, errors, session. */

export const LIMITE_DEPOTS = { rateLimit: { max: 30, timeWindow: '10 minutes' } };

/** Resolves the commune field without JavaScript; ambiguous text yields radio buttons. */
export async function commune(request: FastifyRequest, texte: string | undefined, code: string | undefined) {
  const r = await resolveCommune(request.server.deps.db, texte ?? '', code);
  if (r.ok) return { code: r.commune.code, libelle: r.commune.libelle, erreur: undefined, choix: undefined };
  const choix: CommuneCandidate[] = r.candidates.map((c) => ({
    code: c.code,
    libelle: c.libelle,
    departementNom: c.departementNom,
    population: c.population,
  }));
  return { code: '', libelle: texte ?? '', erreur: r.message, choix };
}

/** The use case's field errors, with the commune's own message and a SIRET checked early. */
export function erreursFormulaire(
  error: DomainError,
  communeErreur: string | undefined,
  siret?: string,
): FieldErrors {
  const e = renommer(error.fields, { communeCode: 'commune' });
  if (communeErreur) e.commune = communeErreur;
  if (siret !== undefined && !e.siret) {
    const s = parseSiret(siret);
    if (!s.ok) e.siret = s.error.message;
  }
  return e;
}

/** Signs the new account in, so that the confirmation page and the area are at hand. */
export async function ouvrirSession(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  adhesionId: string,
) {
  await dropIncomingSession(request);
  const token = await createSession(request.server.deps.db, {
    userId,
    adhesionId,
    ip: request.ip,
    userAgent: String(request.headers['user-agent'] ?? '').slice(0, 300),
    now: request.server.deps.now(),
  });
  setSessionCookie(reply, token);
}
