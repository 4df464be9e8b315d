import type { FastifyReply } from 'fastify';
import { z } from 'zod';

/** API errors as application/problem+json with a stable code and a French detail. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: { field: string; message: string }[];
}

/** The zod schema of a problem response, for the `response` of API routes (and the OpenAPI document). */
export const problemSchema = z.object({
  type: z.string().describe('Toujours « about:blank »'),
  status: z.number().int().describe('Code HTTP'),
  code: z.string().describe('Code stable, à tester par les clients (par exemple jeton_invalide)'),
  title: z.string().describe('Intitulé du statut HTTP'),
  detail: z.string().describe('Explication en français'),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('Erreurs par paramètre, pour les requêtes invalides'),
});

const titles: Record<number, string> = {
  400: 'Requête invalide',
  401: 'Authentification requise',
  403: 'Accès refusé',
  404: 'Ressource introuvable',
  409: 'Conflit',
  413: 'Contenu trop volumineux',
  415: 'Type de contenu non pris en charge',
  422: 'Données invalides',
  429: 'Trop de requêtes',
  500: 'Erreur interne',
  503: 'Service indisponible',
};

export function problem(
  status: number,
  code: string,
  detail: string,
  errors?: { field: string; message: string }[],
): Problem {
  return { status, code, title: titles[status] ?? 'Erreur', detail, ...(errors ? { errors } : {}) };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply
    .code(p.status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: `about:blank`, ...p });
}
