import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contexteRequete } from '../../../platform/http/contexte.ts';
import { problem, problemSchema, sendProblem } from '../../../platform/http/problem.ts';
import type { DomainError } from '../../../platform/result.ts';
import { rechercheDe } from '../recherche/instance.ts';
import { structureEcrivante } from './droits.ts';
import { ecrireLieuSource } from './ecrire-lieu-source.ts';
import { retirerLieuSource } from './retirer-lieu-source.ts';
import { corpsLieu, paramsIdSource, reponseEcriture } from './schemas.ts';

const TAGS = ['Lieux'];

/** A place is a few kilobytes: a larger body is a mistake (answered 413 by the platform). */
const TAILLE_MAX_CORPS = 64 * 1024;

const REPONSES_ERREUR = {
  400: problemSchema.describe('Corps ou identifiant invalide (erreurs par champ) : rien n’a été écrit'),
  401: problemSchema,
  403: problemSchema.describe(
    'Jeton sans la portée lieux:ecriture (`portee_manquante`), non limité à une structure (`jeton_sans_structure`) ou session au lieu d’un jeton (`jeton_requis`)',
  ),
};

function envoyerErreur(reply: FastifyReply, e: DomainError) {
  const errors = e.fields
    ? Object.entries(e.fields).map(([field, message]) => ({ field, message }))
    : undefined;
  return sendProblem(reply, problem(e.status ?? 400, e.code, e.message, errors));
}

/** Before the body is even read: who may write (401 or 403), so a refused caller learns nothing else. */
async function exigerJetonEcriture(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const droit = structureEcrivante(request.actor);
  if (!droit.ok) {
    envoyerErreur(reply, droit.error);
    return reply;
  }
}

/** Write API of the places: a structure's software keeps its places up to date by its own ids. */
export function lieuxApiEcritureRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.put(
    '/api/v1/lieux/source/:idSource',
    {
      onRequest: exigerJetonEcriture,
      bodyLimit: TAILLE_MAX_CORPS,
      schema: {
        tags: TAGS,
        summary: 'Créer ou mettre à jour un lieu de votre structure',
        description:
          'Le logiciel d’une structure publie ses lieux par son propre identifiant (`idSource`). Le corps reprend les champs du standard national v1.0.2 avec les noms de l’export (listes en tableaux JSON) ; un champ inconnu, une valeur hors du vocabulaire du standard ou mal formée refuse le lieu (400, erreurs par champ, rien n’est écrit). ' +
          'Première fois : 201 et en-tête Location. Ensuite : 200, `modifie`, ou `inchange` quand le lieu est identique (rien n’est écrit : appeler deux fois ne coûte rien). ' +
          'Le lieu appartient à la structure du jeton ; il faut un jeton limité à une structure, avec la portée `lieux:ecriture`.',
        security: [{ jeton: [] }],
        params: paramsIdSource,
        body: corpsLieu,
        response: {
          200: reponseEcriture.describe('Lieu mis à jour (`modifie`) ou identique (`inchange`)'),
          201: reponseEcriture.describe('Lieu créé'),
          ...REPONSES_ERREUR,
          413: problemSchema.describe('Corps de plus de 64 Kio (`trop_volumineux`)'),
        },
      },
    },
    async (request, reply) => {
      const { idSource } = request.params;
      const r = await ecrireLieuSource(contexteRequete(request), idSource, request.body);
      if (!r.ok) return envoyerErreur(reply, r.error);
      const { id, statut } = r.value;
      if (statut !== 'inchange') rechercheDe(app).invalider();
      if (statut === 'cree') reply.code(201).header('location', `/api/v1/lieux/${id}`);
      return { id, id_source: idSource, statut };
    },
  );

  api.delete(
    '/api/v1/lieux/source/:idSource',
    {
      onRequest: exigerJetonEcriture,
      schema: {
        tags: TAGS,
        summary: 'Retirer un lieu de votre structure',
        description:
          'Supprime le lieu que votre structure a publié avec cet identifiant (il disparaît de la recherche, de la carte et de l’export). Un identifiant que votre structure n’a pas publié répond 404 (`lieu_introuvable`), même s’il existe chez une autre structure.',
        security: [{ jeton: [] }],
        params: paramsIdSource,
        response: {
          204: z.null().describe('Lieu retiré'),
          ...REPONSES_ERREUR,
          404: problemSchema.describe('Votre structure n’a publié aucun lieu avec cet identifiant'),
        },
      },
    },
    async (request, reply) => {
      const r = await retirerLieuSource(contexteRequete(request), request.params.idSource);
      if (!r.ok) return envoyerErreur(reply, r.error);
      rechercheDe(app).invalider();
      return reply.code(204).send(null);
    },
  );
}
