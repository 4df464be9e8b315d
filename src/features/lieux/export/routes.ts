import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../platform/http/problem.ts';
import { CHAMPS_STANDARD } from '../domain/standard/champs.ts';
import { exporter, type FormatExport } from './formats.ts';
import { lieuxPublies } from './repo.ts';

const TAGS = ['Lieux'];

const exportQuery = z.object({
  departement: z
    .string()
    .regex(/^(\d{2}|2[AB]|9[78]\d)$/, {
      error: 'Le paramètre departement est un code de département (02, 2A, 974…).',
    })
    .optional()
    .describe('Limiter l’export à un département (code : 02, 2A, 974…)'),
});

const TYPES: Record<FormatExport, { type: string; extension: string; description: string }> = {
  csv: {
    type: 'text/csv; charset=utf-8',
    extension: 'csv',
    description: `Fichier CSV UTF-8 au standard national des lieux de médiation numérique v1.0.2 : colonnes dans l’ordre du schéma (${CHAMPS_STANDARD.join(', ')}), valeurs multiples séparées par « | », identifiant \`id\` unique et stable (celui du registre Maillage). Les doublons fusionnés sont exclus.`,
  },
  json: {
    type: 'application/json; charset=utf-8',
    extension: 'json',
    description:
      'Tableau JSON au format plat du standard v1.0.2 (celui que lit la bibliothèque de la cartographie nationale) : un objet par lieu, champs dans l’ordre du schéma, valeurs multiples jointes par « | » dans une chaîne, latitude et longitude en nombres, champ vide absent (jamais `null` ni tableau). L’API paginée `/api/v1/lieux` garde la forme détaillée (tableaux, `null`). Les doublons fusionnés sont exclus.',
  },
  geojson: {
    type: 'application/geo+json; charset=utf-8',
    extension: 'geojson',
    description:
      'FeatureCollection GeoJSON des lieux géolocalisés (points WGS 84), propriétés = champs du standard v1.0.2 au format plat (comme l’export JSON). Les lieux sans coordonnées et les doublons fusionnés sont exclus.',
  },
};

/** Open data: the whole registry in the national standard, streamed page by page. Public. */
export function lieuxExportRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  for (const format of ['csv', 'json', 'geojson'] as const) {
    const t = TYPES[format];
    api.get(
      `/api/v1/lieux.${format}`,
      {
        schema: {
          tags: TAGS,
          summary: `Exporter les lieux de médiation numérique (${format.toUpperCase()})`,
          description: t.description,
          querystring: exportQuery,
          response: { 400: problemSchema },
        },
      },
      async (request, reply) => {
        const date = app.deps.now().toISOString().slice(0, 10);
        const suffixe = request.query.departement ? `-${request.query.departement}` : '';
        const flux = Readable.from(exporter(lieuxPublies(app.deps.db, request.query), format), {
          objectMode: false,
        });
        // The stream is not a JSON body: bypass the typed reply of the 400 schema.
        return (reply as FastifyReply)
          .type(t.type)
          .header('cache-control', 'public, max-age=300')
          .header(
            'content-disposition',
            `attachment; filename="lieux-mediation-numerique${suffixe}-${date}.${t.extension}"`,
          )
          .send(flux);
      },
    );
  }
}
