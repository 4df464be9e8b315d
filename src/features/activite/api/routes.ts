import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { problem, problemSchema, sendProblem } from '../../../platform/http/problem.ts';
import type { DomainError } from '../../../platform/result.ts';
import { enregistrerActiviteApi, structureDuJeton } from './enregistrer-activite-api.ts';
import { corpsActivite, entetesActivite, reponseActivite } from './schemas.ts';

const TAILLE_MAX_CORPS = 256 * 1024;

function envoyerErreur(reply: FastifyReply, e: DomainError) {
  const errors = e.fields
    ? Object.entries(e.fields).map(([field, message]) => ({ field, message }))
    : undefined;
  return sendProblem(reply, problem(e.status ?? 400, e.code, e.message, errors));
}

/** Who may write is checked before the body is read: a refused caller learns nothing else. */
async function exigerJeton(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const droit = structureDuJeton(request.actor);
  if (!droit.ok) {
    envoyerErreur(reply, droit.error);
    return reply;
  }
}

/** Write API of activities: a structure's software records its advisers' activities. */
export function activiteApiRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/v1/activites',
    {
      onRequest: exigerJeton,
      bodyLimit: TAILLE_MAX_CORPS,
      schema: {
        tags: ['Activités'],
        summary: 'Enregistrer une activité d’un conseiller de votre structure',
        description:
          'Le logiciel d’une structure enregistre un accompagnement individuel ou un atelier collectif mené par un de ses conseillers (`conseiller_id`, membre de la structure du jeton), avec les personnes accompagnées (profils anonymes, ou nouvelles personnes nommées avec leur consentement ; 100 au plus) et, le cas échéant, les chèques pass numérique utilisés. Les codes sont ceux des vocabulaires de la saisie. Tout ou rien : une erreur n’écrit rien. ' +
          'L’en-tête `Idempotency-Key` est obligatoire : renvoyer la même requête avec la même clé répond 200 avec la même activité, sans rien écrire de plus ; la même clé avec un autre corps répond 409 (`cle_idempotence_reutilisee`). ' +
          'Il faut un jeton limité à une structure, avec la portée `activite:ecriture`.',
        security: [{ jeton: [] }],
        headers: entetesActivite,
        body: corpsActivite,
        response: {
          200: reponseActivite.describe(
            'Requête déjà reçue avec cette clé : la même activité, rien n’a été écrit',
          ),
          201: reponseActivite.describe('Activité enregistrée'),
          400: problemSchema.describe('Corps ou en-tête invalide (erreurs par champ) : rien n’a été écrit'),
          401: problemSchema,
          403: problemSchema.describe(
            'Jeton sans la portée activite:ecriture (`portee_manquante`), non limité à une structure (`jeton_sans_structure`) ou session au lieu d’un jeton (`jeton_requis`)',
          ),
          409: problemSchema.describe(
            'Clé déjà utilisée pour un autre corps (`cle_idempotence_reutilisee`) ou chèque déjà utilisé (`cheque_deja_utilise`, avec sa date d’utilisation)',
          ),
          422: problemSchema.describe(
            'Activité refusée : conseiller hors de la structure (`conseiller_hors_structure`), règles de saisie (`saisie_invalide`), lieu ou commune inconnus, chèque expiré ou invalide (`cheque_expire`, `cheque_invalide`), pass numérique non accepté (`pass_non_accepte`)',
          ),
        },
      },
    },
    async (request, reply) => {
      const r = await enregistrerActiviteApi(
        contexteRequete(request),
        request.headers['idempotency-key'],
        request.body,
      );
      if (!r.ok) return envoyerErreur(reply, r.error);
      if (r.value.statut === 'creee') reply.code(201);
      return r.value;
    },
  );
}
