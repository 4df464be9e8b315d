import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { departements } from '../../db/schema/index.ts';
import { problem, sendProblem } from '../../platform/http/problem.ts';
import { problemeSchema } from '../api/schemas.ts';
import { calculerAvancement } from './avancement.ts';
import { STATUTS_CANDIDATURE_STRUCTURE } from './domain/types.ts';

const TAGS = ['Recrutement des conseillers numériques'];

const entier = (description: string) => z.number().int().describe(description);

/** The public progress figures, exactly as the open-data contract names them. */
export const avancementSchema = z.object({
  structures: z.object({
    total: entier('Candidatures de structures, tous statuts'),
    par_statut: z
      .object(
        Object.fromEntries(STATUTS_CANDIDATURE_STRUCTURE.map((s) => [s, z.number().int()])) as Record<
          (typeof STATUTS_CANDIDATURE_STRUCTURE)[number],
          z.ZodNumber
        >,
      )
      .describe('Nombre de candidatures par statut (vocabulaire de la plateforme 2021)'),
  }),
  postes: z.object({
    demandes: entier('Postes demandés par les candidatures encore en cours'),
    attribues: entier('Postes attribués par le comité de sélection (avenants compris)'),
    conventionnes: entier('Postes couverts par une convention signée'),
    recrutes: entier('Conseillers recrutés, validés ou en poste'),
    en_formation: entier('Conseillers recrutés dont la formation est en cours'),
    en_poste: entier('Conseillers en poste'),
  }),
  financement: z.object({
    engage_eur: entier('Financements engagés par les décisions du comité, en euros'),
    enveloppe_eur: entier('Enveloppe nationale du programme, en euros'),
  }),
});

const avancementQuery = z.object({
  departement: z
    .preprocess(
      // "2" is understood as "02", as in many spreadsheets.
      (v) => (typeof v === 'string' && /^\d$/.test(v.trim()) ? `0${v.trim()}` : v),
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^(\d{2}|2A|2B|97\d|98\d)$/, 'Code de département invalide, par exemple 02, 2A ou 974.'),
    )
    .optional()
    .describe('Code du département (02, 2A, 974…) ; absent : chiffres nationaux'),
});

/** Open data of the programme: public, read-only. */
export function recrutementApiRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/recrutement/avancement',
    {
      schema: {
        tags: TAGS,
        summary: 'État d’avancement du programme',
        description:
          'Chiffres publics du programme Conseillers numériques France Services, nationaux ou pour un département : ' +
          'candidatures des structures par statut, postes demandés, attribués, conventionnés, recrutés, en formation et ' +
          'en poste, financements engagés face à l’enveloppe. Calculés à chaque appel à partir des décisions, ' +
          'conventions et recrutements enregistrés. Un département inconnu répond 404 (`departement_inconnu`).',
        querystring: avancementQuery,
        response: { 200: avancementSchema, 400: problemeSchema, 404: problemeSchema },
      },
    },
    async (request, reply) => {
      const code = request.query.departement;
      if (code) {
        const [dep] = await app.deps.db
          .select({ code: departements.code })
          .from(departements)
          .where(eq(departements.code, code));
        if (!dep)
          return sendProblem(
            reply,
            problem(404, 'departement_inconnu', `Aucun département n’a le code « ${code} ».`),
          );
      }
      reply.header('cache-control', 'public, max-age=60');
      return calculerAvancement(app.deps.db, code);
    },
  );
}
