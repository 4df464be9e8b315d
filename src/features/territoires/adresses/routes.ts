import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIBELLES_PRECISION, precisionDe, texteAdresseInvalide } from '../../../platform/geocodage/index.ts';
import { problem, problemSchema, sendProblem } from '../../../platform/http/problem.ts';
import { suggererAdresses } from './localiser-adresse.ts';

const adresse = z.object({
  label: z.string().describe('Adresse complète, par exemple « 20 Avenue de Ségur 75007 Paris »'),
  nom: z.string().describe('Numéro et voie (ou lieu-dit), sans la commune'),
  code_postal: z.string(),
  code_insee: z
    .string()
    .describe('Code INSEE de la commune (Paris, Lyon, Marseille : la commune, pas l’arrondissement)'),
  commune: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  precision: z
    .enum(['adresse', 'rue', 'lieu_dit', 'commune'])
    .describe('adresse (numéro), rue, lieu_dit ou commune'),
  precision_libelle: z.string(),
  score: z.number().describe('Ressemblance avec le texte cherché, de 0 à 1'),
});

const query = z.object({
  q: z
    .string({ error: 'Le paramètre q (début de l’adresse) est obligatoire.' })
    .max(1000, { error: 'L’adresse est trop longue : 200 caractères au plus.' })
    .describe('Début de l’adresse, 3 à 200 caractères, par exemple « 20 avenue de Ségur Paris »'),
  commune: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/i, { error: 'Le paramètre commune est un code INSEE, par exemple 02408.' })
    .optional()
    .describe('Code INSEE de la commune où chercher (facultatif)'),
  limit: z.coerce
    .number({ error: 'Le paramètre limit doit être un nombre entier entre 1 et 10.' })
    .int({ error: 'Le paramètre limit doit être un nombre entier entre 1 et 10.' })
    .min(1, { error: 'Le paramètre limit doit être un nombre entier entre 1 et 10.' })
    .max(10, { error: 'Le paramètre limit doit être un nombre entier entre 1 et 10.' })
    .default(5)
    .describe('Nombre maximal de suggestions (1 à 10, 5 par défaut)'),
});

/**
 * Address suggestions for the forms' autocomplete: the platform asks the national address service
 * (BAN) itself, so that a person's browser never talks to a third party (ADR 020). Limited per address
 * so that one client cannot spend the platform's quota at the service.
 */
export function adressesRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/adresses',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['Territoires'],
        summary: 'Suggérer des adresses',
        description:
          'Adresses de la Base Adresse Nationale qui commencent par le texte saisi, avec leur position (WGS 84). Sert aux suggestions des formulaires. 503 `geocodage_indisponible` quand le service national ne répond pas (ou n’est pas configuré) : la saisie reste possible, la position sera celle du centre de la commune.',
        querystring: query,
        response: {
          200: z.object({ data: z.array(adresse) }),
          400: problemSchema,
          429: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { q, commune, limit } = request.query;
      const invalide = texteAdresseInvalide(q);
      if (invalide) return sendProblem(reply, problem(400, 'adresse_invalide', invalide));
      const r = await suggererAdresses(
        { config: app.deps.config },
        { q: q.trim(), codeInsee: commune?.toUpperCase(), limite: limit },
      );
      if (!r.ok) {
        return sendProblem(
          reply,
          problem(
            503,
            'geocodage_indisponible',
            'Les suggestions d’adresses sont indisponibles pour le moment : saisissez l’adresse et la commune, puis enregistrez.',
          ),
        );
      }
      reply.header('cache-control', 'private, max-age=300');
      return {
        data: r.adresses.map((a) => {
          const precision = precisionDe(a.type);
          return {
            label: a.label,
            nom: a.nom,
            code_postal: a.codePostal,
            code_insee: a.codeInsee,
            commune: a.commune,
            latitude: a.latitude,
            longitude: a.longitude,
            precision,
            precision_libelle: LIBELLES_PRECISION[precision],
            score: a.score,
          };
        }),
      };
    },
  );
}
