import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { porteeDe } from '../../../platform/auth/portee.ts';
import { decoderCurseur, encoderCurseur } from '../../../platform/http/curseur.ts';
import { exigerPorteeJeton } from '../../../platform/http/guards.ts';
import { problem, problemSchema, sendProblem } from '../../../platform/http/problem.ts';
import { departementExiste } from '../../territoires/index.ts';
import { AVIS_COSELEC, NATURES_DECISION, STATUTS_CANDIDATURE_STRUCTURE } from '../domain/types.ts';
import { calculerAvancement } from '../programme/avancement.ts';
import { CLES_CHIFFRES, type CleChiffre, DEFINITIONS_CHIFFRES } from '../programme/domain/chiffres.ts';
import { conditionPortee, listerCandidaturesApi, listerDecisionsApi } from './lecture.ts';
import { presenterCandidatureApi, presenterDecisionApi } from './presenter.ts';

const TAGS = ['Recrutement des conseillers numériques'];

const entier = (description: string) => z.number().int().describe(description);

const definitionSchema = z.object({
  libelle: z.string().describe('Libellé affiché sur la page publique'),
  definition: z.string().describe('Ce que le chiffre compte'),
  serie: z.string().optional().describe('Quand la série mensuelle de la page le compte'),
});

/** The published definitions (domain/chiffres.ts), as the API serves them. */
export function definitionsApi() {
  return Object.fromEntries(
    CLES_CHIFFRES.map((k) => {
      const d = DEFINITIONS_CHIFFRES[k];
      return [k, { libelle: d.libelle, definition: d.definition, ...(d.serie ? { serie: d.serie } : {}) }];
    }),
  ) as Record<CleChiffre, z.infer<typeof definitionSchema>>;
}

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
  postes: z.object(
    Object.fromEntries(
      CLES_CHIFFRES.map((k) => [
        k,
        entier(`${DEFINITIONS_CHIFFRES[k].libelle} : ${DEFINITIONS_CHIFFRES[k].definition}`),
      ]),
    ) as Record<CleChiffre, z.ZodNumber>,
  ),
  financement: z.object({
    engage_eur: entier('Financements engagés par les décisions du comité, en euros'),
    enveloppe_eur: entier('Enveloppe nationale du programme, en euros'),
  }),
  definitions: z
    .object(
      Object.fromEntries(CLES_CHIFFRES.map((k) => [k, definitionSchema])) as Record<
        CleChiffre,
        typeof definitionSchema
      >,
    )
    .describe(
      'Ce que compte chaque chiffre de `postes` : les mêmes définitions que la page publique, son export et les tableaux de bord',
    ),
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

const curseur = z
  .string()
  .regex(/^[A-Za-z0-9_-]{10,80}$/, 'Curseur invalide : reprenez la valeur next_cursor de la page précédente.')
  .optional()
  .describe('Valeur next_cursor de la page précédente');
const limite = z.coerce
  .number()
  .int()
  .min(1)
  .max(500)
  .default(100)
  .describe('Taille de page (1 à 500, 100 par défaut)');
const departementFiltre = avancementQuery.shape.departement;

/** The keyset cursor of both lists: the id of the last row served (the lists are ordered by id). */
const cleId = z.tuple([z.uuid()]);
/** undefined: first page; null: a cursor that is malformed or was not issued by us. */
const lireCurseur = (c: string | undefined) =>
  c === undefined ? undefined : (decoderCurseur(c, cleId)?.[0] ?? null);
const ecrireCurseur = (id: string) => encoderCurseur([id]);

export const candidatureApiSchema = z.object({
  id: z.uuid(),
  statut: z.enum(STATUTS_CANDIDATURE_STRUCTURE),
  postes_demandes: z.number().int(),
  postes_attribues: z.number().int(),
  date_debut_souhaitee: z.string().nullable(),
  deposee_le: z.string().describe('Date et heure de dépôt (ISO 8601)'),
  structure: z.object({
    id: z.uuid(),
    nom: z.string(),
    siret: z.string().nullable(),
    type: z.string(),
    departement: z.string(),
    commune: z.string().nullable().describe('Code INSEE'),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    qpv: z.enum(['oui', 'non', 'sans_objet']).nullable(),
    zrr: z.boolean().nullable(),
    france_services: z.boolean().nullable(),
  }),
  avis_prefecture: z
    .object({
      avis: z.enum(['favorable', 'defavorable']),
      rang_priorite: z.number().int().nullable(),
      en_retard: z.boolean(),
    })
    .nullable(),
});

export const decisionApiSchema = z.object({
  id: z.uuid(),
  candidature_id: z.uuid(),
  structure: z.object({ id: z.uuid(), nom: z.string(), departement: z.string() }),
  session: z.object({ numero: z.number().int(), date: z.string() }),
  nature: z.enum(NATURES_DECISION).describe('initiale, ou avenant (ajout ou retrait de postes)'),
  avis: z.enum(AVIS_COSELEC),
  postes: z.number().int().describe('Postes attribués par cette décision (négatif pour un retrait)'),
  financement_par_poste_eur: z.number().int(),
  montant_eur: z.number().int(),
});

/** Recruitment data is read with a `recrutement:lecture` token or by a signed-in ANCT, préfecture or structure. */
const exigerJetonRecrutement = exigerPorteeJeton('recrutement:lecture');

async function exigerLectureRecrutement(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  await exigerJetonRecrutement(request, reply);
  if (reply.sent) return;
  const actor = request.actor;
  if (porteeDe(actor).type === 'aucune' || porteeDe(actor).type === 'candidat') {
    return sendProblem(
      reply,
      problem(403, 'acces_refuse', 'Votre rôle ne donne pas accès aux données de recrutement.'),
    );
  }
}

const HORS_PERIMETRE = 'Ce département est hors du périmètre de votre accès.';

/** Open data of the programme (public), and scoped recruitment data (token or session). */
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
          'candidatures des structures par statut, postes demandés, attribués, conventionnés, recrutements enregistrés, ' +
          'conseillers recrutés (validés par l’ANCT), en formation et en poste, financements engagés face à l’enveloppe. ' +
          'Calculés à chaque appel à partir des décisions, conventions et recrutements enregistrés ; `definitions` dit ' +
          'ce que compte chaque chiffre (les mêmes définitions que la page publique /recrutement/avancement et son ' +
          'export). `recrutes` ne compte que les recrutements validés par l’ANCT ; `recrutements_enregistres` compte ' +
          'aussi ceux qui attendent sa validation. Un département inconnu répond 404 (`departement_inconnu`).',
        querystring: avancementQuery,
        response: { 200: avancementSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      const code = request.query.departement;
      if (code) {
        if (!(await departementExiste(app.deps.db, code)))
          return sendProblem(
            reply,
            problem(404, 'departement_inconnu', `Aucun département n’a le code « ${code} ».`),
          );
      }
      reply.header('cache-control', 'public, max-age=60');
      return { ...(await calculerAvancement(app.deps.db, code)), definitions: definitionsApi() };
    },
  );

  api.get(
    '/api/v1/recrutement/candidatures',
    {
      preHandler: exigerLectureRecrutement,
      schema: {
        tags: TAGS,
        summary: 'Candidatures des structures',
        description:
          'Les candidatures des structures d’accueil du périmètre de l’appelant : tout le territoire pour l’ANCT ou un ' +
          'jeton national, son département pour une préfecture ou un jeton départemental, sa structure pour une ' +
          'structure. Demander un autre département répond 403 (`hors_perimetre`). Pagination par curseur.',
        security: [{ jeton: [] }],
        querystring: z.object({
          departement: departementFiltre,
          statut: z.enum(STATUTS_CANDIDATURE_STRUCTURE).optional().describe('Filtrer par statut'),
          cursor: curseur,
          limit: limite,
        }),
        response: {
          200: z.object({ data: z.array(candidatureApiSchema), next_cursor: z.string().optional() }),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const scope = conditionPortee(porteeDe(request.actor), q.departement);
      if (scope === false) return sendProblem(reply, problem(403, 'hors_perimetre', HORS_PERIMETRE));
      const apres = lireCurseur(q.cursor);
      if (apres === null) return sendProblem(reply, problem(400, 'curseur_invalide', 'Curseur invalide.'));
      const rows = await listerCandidaturesApi(app.deps.db, scope, {
        statut: q.statut,
        apres,
        limite: q.limit,
      });
      const page = rows.slice(0, q.limit);
      return {
        data: page.map(presenterCandidatureApi),
        ...(rows.length > q.limit ? { next_cursor: ecrireCurseur(page.at(-1)!.id) } : {}),
      };
    },
  );

  api.get(
    '/api/v1/recrutement/decisions',
    {
      preHandler: exigerLectureRecrutement,
      schema: {
        tags: TAGS,
        summary: 'Décisions du comité de sélection',
        description:
          'Les décisions du comité (premières décisions et avenants) sur les candidatures du périmètre de l’appelant, ' +
          'avec la session, les postes et le montant engagé. Les postes attribués à une structure sont la somme de ' +
          'ses lignes de décision.',
        security: [{ jeton: [] }],
        querystring: z.object({
          departement: departementFiltre,
          session: z.coerce.number().int().min(1).optional().describe('Numéro de session du comité'),
          cursor: curseur,
          limit: limite,
        }),
        response: {
          200: z.object({ data: z.array(decisionApiSchema), next_cursor: z.string().optional() }),
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const scope = conditionPortee(porteeDe(request.actor), q.departement);
      if (scope === false) return sendProblem(reply, problem(403, 'hors_perimetre', HORS_PERIMETRE));
      const apres = lireCurseur(q.cursor);
      if (apres === null) return sendProblem(reply, problem(400, 'curseur_invalide', 'Curseur invalide.'));
      const rows = await listerDecisionsApi(app.deps.db, scope, {
        session: q.session,
        apres,
        limite: q.limit,
      });
      const page = rows.slice(0, q.limit);
      return {
        data: page.map(presenterDecisionApi),
        ...(rows.length > q.limit ? { next_cursor: ecrireCurseur(page.at(-1)!.id) } : {}),
      };
    },
  );
}
