import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem, problemSchema, sendProblem } from '../../platform/http/problem.ts';
import { presenterCommune, presenterCommuneDetaillee, presenterDepartement } from './presenter.ts';
import { communeDetaillee, listerDepartements } from './queries.ts';
import { rechercherCommunes } from './rechercher-communes.ts';

const TAGS = ['Territoires'];
/** Reference data changes once a year: let browsers and proxies keep answers a while. */
const CACHE = 'public, max-age=3600';

const commune = z.object({
  code: z.string().describe('Code INSEE (COG) de la commune'),
  nom: z.string(),
  codesPostaux: z.array(z.string()),
  departement: z.string().describe('Code du département'),
  region: z.string().describe('Code de la région'),
  population: z.number().int().nullable().describe('Population municipale'),
  departementNom: z.string(),
  libelle: z.string().describe('Libellé à afficher, par exemple « Laon (02000) »'),
});

const rechercheQuery = z.object({
  q: z
    .string({ error: 'Le paramètre q (nom, code postal ou code INSEE) est obligatoire.' })
    .trim()
    .min(1, { error: 'Le paramètre q ne doit pas être vide.' })
    .max(100, { error: 'Le paramètre q ne doit pas dépasser 100 caractères.' })
    .describe('Nom (sans souci des accents ni des majuscules), code postal ou code INSEE'),
  limit: z.coerce
    .number({ error: 'Le paramètre limit doit être un nombre entier.' })
    .int({ error: 'Le paramètre limit doit être un nombre entier.' })
    .min(1, { error: 'Le paramètre limit doit être compris entre 1 et 50.' })
    .max(50, { error: 'Le paramètre limit doit être compris entre 1 et 50.' })
    .default(10)
    .describe('Nombre maximal de résultats (1 à 50, 10 par défaut)'),
});

const departementsQuery = z.object({
  inclure_com: z
    .enum(['0', '1', 'true', 'false'], { error: 'Le paramètre inclure_com vaut 0 ou 1.' })
    .optional()
    .describe('1 pour ajouter les collectivités d’outre-mer (Saint-Pierre-et-Miquelon, Polynésie…)'),
});

/** Reference geography API: public, read-only. */
export function territoiresRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/communes',
    {
      schema: {
        tags: TAGS,
        summary: 'Rechercher une commune',
        description:
          'Recherche par nom, code postal (ou début de code postal) ou code INSEE, sans tenir compte des accents ni des majuscules. Ordre : nom exact, puis noms qui commencent par le texte, puis noms proches ; à égalité, la commune la plus peuplée d’abord.',
        querystring: rechercheQuery,
        response: { 200: z.object({ data: z.array(commune) }), 400: problemSchema },
      },
    },
    async (request, reply) => {
      const { q, limit } = request.query;
      const rows = await rechercherCommunes(app.deps.db, q, limit);
      reply.header('cache-control', CACHE);
      return { data: rows.map(presenterCommune) };
    },
  );

  api.get(
    '/api/v1/communes/:code',
    {
      schema: {
        tags: TAGS,
        summary: 'Une commune',
        description:
          'Une commune actuelle par son code INSEE, avec sa région, son EPCI et, quand il est connu, son centre (latitude, longitude en WGS 84) et l’origine de ce centre.',
        params: z.object({ code: z.string().max(10).describe('Code INSEE, par exemple 02408') }),
        response: {
          200: commune.extend({
            regionNom: z.string(),
            epci: z.object({ code: z.string(), nom: z.string() }).nullable(),
            latitude: z.number().optional().describe('Latitude du centre (WGS 84), absente si inconnue'),
            longitude: z.number().optional().describe('Longitude du centre (WGS 84), absente si inconnue'),
            centreSource: z
              .enum(['import', 'demo', 'derive'])
              .optional()
              .describe(
                'Origine du centre : import (fichier officiel), demo (position approchée de démonstration), derive (médiane des lieux et structures géolocalisés de la commune)',
              ),
          }),
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const row = await communeDetaillee(app.deps.db, request.params.code.toUpperCase());
      if (!row) {
        return sendProblem(
          reply,
          problem(
            404,
            'commune_introuvable',
            `Aucune commune actuelle n’a le code « ${request.params.code} ».`,
          ),
        );
      }
      reply.header('cache-control', CACHE);
      return presenterCommuneDetaillee(row);
    },
  );

  api.get(
    '/api/v1/departements',
    {
      schema: {
        tags: TAGS,
        summary: 'Lister les départements',
        description:
          'Les 101 départements (métropole et outre-mer), dans l’ordre des codes ; avec inclure_com=1, les collectivités d’outre-mer en plus.',
        querystring: departementsQuery,
        response: {
          200: z.object({
            data: z.array(
              z.object({
                code: z.string(),
                nom: z.string(),
                region: z.string().describe('Code de la région'),
                regionNom: z.string(),
                zone: z.enum(['metro', 'drom', 'com']),
              }),
            ),
          }),
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const inclure = request.query.inclure_com === '1' || request.query.inclure_com === 'true';
      const rows = await listerDepartements(app.deps.db, inclure);
      reply.header('cache-control', CACHE);
      return { data: rows.map(presenterDepartement) };
    },
  );
}
