import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exigerPorteeJeton } from '../../../platform/http/guards.ts';
import { problem, problemSchema, sendProblem } from '../../../platform/http/problem.ts';
import { calculerStatistiques } from './calculer.ts';
import { lireFiltres, type ValeurRequete } from './domain/filtres.ts';
import { porteeDe, verifierFiltres } from './policy.ts';

const TAGS = ['Statistiques d’activité'];

const entier = (d: string) => z.number().int().describe(d);
const partSchema = z.object({
  code: z.string().describe('Code du vocabulaire (ou code INSEE pour les communes)'),
  nombre: z.number().int(),
  pourcentage: z.number().describe('Part de la répartition, arrondie pour que les parts fassent 100'),
});
const pointSchema = z.object({
  periode: z.string().describe('AAAA-MM-JJ (jours) ou AAAA-MM (mois)'),
  activites: z.number().int(),
  accompagnements: z.number().int(),
});
const repartition = (d: string) => z.array(partSchema).describe(d);

export const statistiquesSchema = z.object({
  perimetre: z.object({
    niveau: z.enum(['conseiller', 'structure', 'departement', 'national']),
    departement: z.string().optional(),
    structure_id: z.string().optional(),
  }),
  totaux: z.object({
    activites: entier('Activités (accompagnements individuels et ateliers collectifs)'),
    accompagnements: entier('Accompagnements : une personne dans une activité'),
    beneficiaires: entier('Personnes distinctes accompagnées sur la période'),
    beneficiairesNouveaux: entier('Personnes dont le premier accompagnement tombe dans la période'),
    beneficiairesSuivis: entier('Personnes nommées déjà accompagnées avant la période'),
    beneficiairesAnonymes: entier('Personnes accompagnées sans être nommées'),
  }),
  seriesJour: z.array(pointSchema).describe('Jours avec activité, dans l’ordre'),
  seriesMois: z.array(pointSchema).describe('Mois avec activité, dans l’ordre'),
  repartitions: z.object({
    type: repartition('Activités par type (individuel, collectif)'),
    dureeTranche: repartition('Activités par tranche de durée'),
    typeLieu: repartition('Activités par type de lieu'),
    thematiquesNumeriques: repartition('Mentions des thématiques numériques'),
    thematiquesAdministratives: repartition('Mentions des démarches administratives'),
    materiel: repartition('Mentions du matériel utilisé'),
    autonomie: repartition('Activités par autonomie de la personne'),
    orientation: repartition('Mentions des orientations'),
    genre: repartition('Accompagnements par genre'),
    trancheAge: repartition('Accompagnements par tranche d’âge'),
    statutSocial: repartition('Accompagnements par statut'),
    communes: repartition('Activités par commune (code INSEE), les 50 premières'),
  }),
});

const texte = (d: string) => z.string().max(100).optional().describe(d);

export const statistiquesQuery = z.object({
  du: texte('Début de période inclus, AAAA-MM-JJ'),
  au: texte('Fin de période incluse, AAAA-MM-JJ'),
  departementCode: texte('Restreindre au département (périmètre national seulement), par exemple 02'),
  structureId: texte('Restreindre à une structure (identifiant) dans le périmètre'),
  conseillerId: texte('Restreindre à un conseiller (identifiant) dans le périmètre'),
  type: z.enum(['individuel', 'collectif']).optional().describe('Type d’activité'),
  thematiquesNumeriques: z
    .union([z.string().max(2000), z.array(z.string().max(100)).max(50)])
    .optional()
    .describe('Thématiques numériques (au moins une), répétées ou séparées par des virgules'),
});

const exigerJeton = exigerPorteeJeton('statistiques:lecture');

async function exigerLecture(request: FastifyRequest, reply: FastifyReply) {
  await exigerJeton(request, reply);
  if (reply.sent) return;
  if (!porteeDe(request.actor))
    return sendProblem(
      reply,
      problem(403, 'acces_refuse', 'Votre rôle ne donne pas accès aux statistiques d’activité.'),
    );
}

/** The activity statistics of the caller's scope (token or session), with the pages' filters. */
export function statistiquesApiRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/statistiques',
    {
      preHandler: exigerLecture,
      schema: {
        tags: TAGS,
        summary: 'Statistiques d’activité du périmètre',
        description:
          'Totaux, séries par jour et par mois et répartitions de l’activité des conseillers numériques, ' +
          'chiffres agrégés sans aucune personne nommée. Le périmètre vient du jeton (portée ' +
          '`statistiques:lecture`) : sa structure, son département, ou national ; une personne connectée ' +
          'voit le périmètre de son rôle. Un filtre ne l’élargit jamais : un autre département, une autre ' +
          'structure ou un autre conseiller que ceux du périmètre répond 403 (`hors_perimetre`). Des filtres ' +
          'mal formés répondent 400 (`filtres_invalides`), un paramètre inconnu 400 (`parametre_inconnu`).',
        security: [{ jeton: [] }],
        querystring: statistiquesQuery,
        response: {
          200: statistiquesSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const portee = porteeDe(request.actor)!;
      const lus = lireFiltres(request.query as Record<string, ValeurRequete>);
      const verifies = lus.ok ? verifierFiltres(portee, lus.value) : lus;
      if (!verifies.ok) {
        const e = verifies.error;
        const erreurs = Object.entries(e.fields ?? {}).map(([field, message]) => ({ field, message }));
        return sendProblem(
          reply,
          problem(e.code === 'hors_perimetre' ? 403 : 400, e.code, e.message, erreurs),
        );
      }
      const stats = await calculerStatistiques(app.deps.db, portee, verifies.value);
      return {
        perimetre: {
          niveau: portee.niveau,
          ...(portee.niveau === 'departement' ? { departement: portee.departementCode } : {}),
          ...(portee.niveau === 'structure' || portee.niveau === 'conseiller'
            ? { structure_id: portee.structureId }
            : {}),
        },
        ...stats,
      };
    },
  );
}
