import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { abandonnerSiClientParti } from '../../../platform/http/abandons.ts';
import { problem, problemSchema, sendProblem } from '../../../platform/http/problem.ts';
import { lireCriteresApi, rechercheQuery } from './criteres.ts';
import { presenterFicheApi } from './fiche-presenter.ts';
import { lireFiche } from './fiche-queries.ts';
import { PLAFOND_PROCHES } from './index-memoire.ts';
import { rechercheDe } from './instance.ts';
import { encoderCurseur, presenterLieuApi } from './presenter.ts';

const TAGS = ['Lieux'];
const POINTS_MAX = 50_000;

const liste = z.array(z.string());
const lieuListe = z.object({
  id: z.string().describe('Identifiant du lieu dans Maillage'),
  nom: z.string(),
  adresse: z.string(),
  complement_adresse: z.string().nullable(),
  code_postal: z.string(),
  commune: z.string(),
  code_insee: z.string().nullable(),
  departement: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  telephone: z.string().nullable(),
  courriels: liste,
  site_web: liste,
  horaires: z.string().nullable().describe('Syntaxe OpenStreetMap opening_hours'),
  ouvert_maintenant: z
    .boolean()
    .nullable()
    .describe('null : horaires absents, illisibles ou sous conditions'),
  typologie: liste,
  services: liste,
  publics_specifiquement_adresses: liste,
  prise_en_charge_specifique: liste,
  frais_a_charge: liste,
  dispositif_programmes_nationaux: liste,
  modalites_acces: liste,
  modalites_accompagnement: liste,
  prise_rdv: z.string().nullable(),
  date_maj: z.string(),
  distance_km: z.number().optional().describe('Distance au point `near`, en kilomètres'),
});

const lieuFiche = lieuListe.omit({ distance_km: true, ouvert_maintenant: true }).extend({
  pivot: z.string().describe('SIRET ou RNA'),
  ouverture: z.object({
    statut: z.enum(['ouvert', 'ferme', 'incertain', 'non_renseigne', 'illisible']),
    libelle: z.string(),
    detail: z.string().nullable().describe('Par exemple « Ouvre mardi à 9 h »'),
  }),
  presentation_resume: z.string().nullable(),
  presentation_detail: z.string().nullable(),
  source: z.string().nullable(),
  itinerance: liste,
  structure_parente: z.string().nullable(),
  formations_labels: liste,
  autres_formations_labels: liste,
  fiche_acces_libre: z.string().nullable(),
  gestionnaire: z.string().nullable().describe('Structure qui gère le lieu dans Maillage'),
  provenances: z.array(z.object({ source: z.string(), id_source: z.string(), importe_le: z.string() })),
});

function problemeCritere(
  reply: Parameters<typeof sendProblem>[0],
  e: { code: string; champ: string; message: string },
) {
  return sendProblem(reply, problem(400, e.code, e.message, [{ field: e.champ, message: e.message }]));
}

/** Public, read-only API of the places (open data). */
export function lieuxApiRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/lieux',
    {
      schema: {
        tags: TAGS,
        summary: 'Rechercher des lieux de médiation numérique',
        description:
          'Filtres du standard (services, publics, prise en charge, frais, dispositifs, modalités), position (`near` + `radius_km`, résultats alors triés par distance avec `distance_km`), rectangle (`bbox`), département, commune, nom, ouverts maintenant. Sans `near`, tri par nom. Pagination par curseur : passez `next_cursor` dans `cursor`. ' +
          `Autour d’un point, le rayon va jusqu’à 200 km et la réponse porte au plus sur les ${PLAFOND_PROCHES} lieux les plus proches : au-delà, « total » vaut ${PLAFOND_PROCHES} et « total_plafonne » est vrai (réduisez le rayon ou ajoutez un filtre).`,
        querystring: rechercheQuery,
        response: {
          200: z.object({
            data: z.array(lieuListe),
            total: z
              .number()
              .int()
              .describe(`Nombre de lieux trouvés ; autour d’un point, au plus ${PLAFOND_PROCHES}`),
            total_plafonne: z
              .boolean()
              .optional()
              .describe(`Présent et vrai quand plus de ${PLAFOND_PROCHES} lieux répondent autour du point`),
            next_cursor: z.string().optional(),
          }),
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const c = lireCriteresApi(request.query);
      if (!c.ok) return problemeCritere(reply, c.erreur);
      const index = await rechercheDe(app).obtenir();
      if (abandonnerSiClientParti(request, reply)) return reply;
      const instant = app.deps.now();
      const page = index.rechercher(c.criteres, { offset: c.offset, limite: c.limite, instant });
      return {
        data: page.resultats.map((r) => presenterLieuApi(r, instant)),
        total: page.total,
        ...(page.plafonne ? { total_plafonne: true } : {}),
        ...(page.suivant !== null ? { next_cursor: encoderCurseur(page.suivant) } : {}),
      };
    },
  );

  api.get(
    '/api/v1/lieux/points',
    {
      schema: {
        tags: TAGS,
        summary: 'Points des lieux pour une carte',
        description: `Positions légères (id, lat, lon, nom) des lieux qui répondent aux mêmes filtres que la recherche, au plus ${POINTS_MAX}. Les lieux sans coordonnées n’y figurent pas.`,
        querystring: rechercheQuery.omit({ limit: true, cursor: true }),
        response: {
          200: z.object({
            data: z.array(z.object({ id: z.string(), lat: z.number(), lon: z.number(), nom: z.string() })),
          }),
          400: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const c = lireCriteresApi(request.query);
      if (!c.ok) return problemeCritere(reply, c.erreur);
      const index = await rechercheDe(app).obtenir();
      if (abandonnerSiClientParti(request, reply)) return reply;
      const points = index.points(c.criteres, app.deps.now(), POINTS_MAX);
      reply.header('cache-control', 'public, max-age=60');
      return {
        data: points.map(({ lieu }) => ({
          id: lieu.id,
          lat: lieu.latitude!,
          lon: lieu.longitude!,
          nom: lieu.nom,
        })),
      };
    },
  );

  api.get(
    '/api/v1/lieux/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'Un lieu de médiation numérique',
        description:
          'Tous les champs du standard v1.0.2, l’état d’ouverture à l’instant de la requête, les provenances et la structure gestionnaire.',
        params: z.object({ id: z.string().max(100).describe('Identifiant du lieu') }),
        response: { 200: lieuFiche, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const fiche = await lireFiche(app.deps.db, request.params.id);
      if (!fiche) {
        return sendProblem(
          reply,
          problem(404, 'lieu_introuvable', `Aucun lieu n’a l’identifiant « ${request.params.id} ».`),
        );
      }
      if (fiche.lieu.fusionneDans) {
        return sendProblem(
          reply,
          problem(
            404,
            'lieu_fusionne',
            `Ce lieu a été fusionné avec le lieu ${fiche.lieu.fusionneDans} (doublon).`,
          ),
        );
      }
      return presenterFicheApi(fiche, app.deps.now());
    },
  );
}
