import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem, problemSchema, sendProblem } from '../../../platform/http/problem.ts';
import { repondreIntrouvable } from '../../../platform/http/reponses.tsx';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';
import { lieuxParIds } from '../../lieux/index.ts';
import { chargerStructure } from '../../structures/index.ts';
import { adresseLieu } from './courriels.ts';
import { criteresAgenda, lireValeursAgenda, localiserAgenda } from './criteres.ts';
import { placesRestantes } from './domain/atelier.ts';
import { calendrier } from './domain/calendrier.ts';
import { RAYONS } from './domain/distance.ts';
import { chercherAteliers } from './recherche.ts';
import { ateliersPublics } from './repo.ts';

/** A feed keeps the last month too, so that calendars see a late cancellation. */
const RECENT_MS = 30 * 24 * 3600_000;

const atelierApi = z.object({
  id: z.string(),
  titre: z.string(),
  description: z.string(),
  thematiques: z.array(z.string()).describe('Codes des thématiques numériques'),
  niveau: z.enum(['debutant', 'intermediaire', 'avance']),
  debut: z.string().describe('Date et heure de début (ISO 8601, UTC)'),
  fin: z.string().describe('Date et heure de fin (ISO 8601, UTC)'),
  lieu: z.object({
    id: z.string(),
    nom: z.string(),
    adresse: z.string(),
    code_postal: z.string(),
    commune: z.string(),
    code_insee: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  }),
  structure_id: z.string(),
  inscription_requise: z.boolean(),
  gratuit: z.boolean(),
  capacite: z.number().int(),
  places_restantes: z.number().int().nullable().describe('null : accès libre'),
  liste_attente: z.number().int(),
  accessibilite: z.string(),
  distance_km: z.number().optional().describe('Distance au point recherché, en kilomètres'),
  url: z.string().describe('Page publique de l’atelier (inscription)'),
});

const query = z.object({
  commune: z.string().optional().describe('Code INSEE ou nom de la commune autour de laquelle chercher.'),
  lat: z.string().optional().describe('Latitude du point de recherche (WGS 84), avec `lon`.'),
  lon: z.string().optional().describe('Longitude du point de recherche (WGS 84), avec `lat`.'),
  rayon: z
    .string()
    .optional()
    .describe(`Rayon en kilomètres : ${RAYONS.join(', ')} (20 par défaut).`),
  thematique: z.string().optional().describe('Code d’une thématique numérique.'),
  du: z.string().optional().describe('À partir de cette date (AAAA-MM-JJ), aujourd’hui par défaut.'),
  au: z.string().optional().describe('Jusqu’à cette date incluse (AAAA-MM-JJ).'),
  page: z.string().optional().describe('Numéro de page (50 ateliers par page).'),
});

const PAR_PAGE = 50;

/** The public calendars (iCalendar) and the open API of the agenda: no registrant's personal data. */
export function ateliersFluxRoutes(app: FastifyInstance) {
  const flux =
    (cle: 'structureId' | 'conseillerId') =>
    async (request: { params: { fichier: string } }, reply: import('fastify').FastifyReply) => {
      const id = request.params.fichier.replace(/\.ics$/, '');
      if (!request.params.fichier.endsWith('.ics') || !estUuid(id))
        return repondreIntrouvable(request as never, reply);
      const now = app.deps.now();
      const rows = await ateliersPublics(
        app.deps.db,
        { du: new Date(now.getTime() - RECENT_MS), au: null, thematique: null, boite: null, [cle]: id },
        { avecAnnules: true, limite: 500 },
      );
      const lieux = new Map(
        (
          await lieuxParIds(
            app.deps.db,
            rows.map((a) => a.lieuId),
          )
        ).map((l) => [l.id, l]),
      );
      const structure = cle === 'structureId' ? await chargerStructure(app.deps.db, id) : null;
      const ics = calendrier(
        rows.map((a) => ({
          id: a.id,
          titre: a.titre,
          description: a.description,
          lieu: adresseLieu(lieux.get(a.lieuId)),
          latitude: a.latitude,
          longitude: a.longitude,
          debut: a.debut,
          fin: a.fin,
          annule: a.statut === 'annule',
          url: `${app.deps.config.baseUrl}/ateliers/${a.id}`,
          modifieLe: a.modifieLe,
        })),
        structure ? `Ateliers — ${structure.nom}` : 'Ateliers',
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(ics);
    };
  app.get<{ Params: { fichier: string } }>('/ateliers/structure/:fichier', flux('structureId'));
  app.get<{ Params: { fichier: string } }>('/ateliers/conseiller/:fichier', flux('conseillerId'));

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/ateliers',
    {
      schema: {
        tags: ['Ateliers'],
        summary: 'Rechercher des ateliers numériques à venir',
        description:
          'Ateliers collectifs publiés, triés par date de début. Autour d’une commune (`commune`) ou d’un point (`lat`, `lon`) dans un rayon (`rayon`), avec `distance_km`. Aucune donnée des personnes inscrites.',
        querystring: query,
        response: {
          200: z.object({
            data: z.array(atelierApi),
            total: z.number().int(),
            page: z.number().int(),
            pages: z.number().int(),
          }),
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const brut: Record<string, unknown> = { ...q };
      if (q.commune && /^(\d{5}|2[AB]\d{3})$/i.test(q.commune)) {
        brut.commune = '';
        brut.commune_code = q.commune;
      }
      if (q.rayon && !(RAYONS as readonly number[]).includes(Number(q.rayon)))
        return sendProblem(
          reply,
          problem(400, 'rayon_invalide', `Le rayon vaut ${RAYONS.join(', ')} km.`, [
            { field: 'rayon', message: 'Rayon non proposé.' },
          ]),
        );
      const v = lireValeursAgenda(brut);
      const lieu = await localiserAgenda(app.deps.db, v);
      if (lieu.type === 'erreur')
        return sendProblem(
          reply,
          problem(400, 'lieu_invalide', lieu.message, [
            { field: q.lat ? 'lat' : 'commune', message: lieu.message },
          ]),
        );
      const { total, resultats } = await chercherAteliers(
        app.deps.db,
        criteresAgenda(v, lieu, app.deps.now()),
        {
          offset: (v.page - 1) * PAR_PAGE,
          taille: PAR_PAGE,
        },
      );
      return {
        data: resultats.map((r) => ({
          id: r.atelier.id,
          titre: r.atelier.titre,
          description: r.atelier.description,
          thematiques: r.atelier.thematiques,
          niveau: r.atelier.niveau as 'debutant',
          debut: r.atelier.debut.toISOString(),
          fin: r.atelier.fin.toISOString(),
          lieu: {
            id: r.atelier.lieuId,
            nom: r.lieu?.nom ?? '',
            adresse: r.lieu?.adresse ?? '',
            code_postal: r.lieu?.codePostal ?? '',
            commune: r.lieu?.commune ?? '',
            code_insee: r.lieu?.codeInsee ?? null,
            latitude: r.atelier.latitude,
            longitude: r.atelier.longitude,
          },
          structure_id: r.atelier.structureId,
          inscription_requise: r.atelier.inscriptionRequise,
          gratuit: r.atelier.gratuit,
          capacite: r.atelier.capacite,
          places_restantes: r.atelier.inscriptionRequise
            ? placesRestantes(r.atelier.capacite, r.confirmees)
            : null,
          liste_attente: r.attente,
          accessibilite: r.atelier.accessibilite,
          ...(r.distanceKm !== null ? { distance_km: Math.round(r.distanceKm * 10) / 10 } : {}),
          url: `${app.deps.config.baseUrl}/ateliers/${r.atelier.id}`,
        })),
        total,
        page: v.page,
        pages: Math.ceil(total / PAR_PAGE),
      };
    },
  );
}
