import { z } from 'zod';
import {
  AUTONOMIES,
  codes,
  GENRES,
  MATERIELS,
  NIVEAUX,
  type Option,
  ORIENTATIONS,
  PARTICIPANTS_MAX,
  STATUTS_SOCIAUX,
  THEMATIQUES_ADMINISTRATIVES,
  THEMATIQUES_NUMERIQUES,
  TRANCHES_AGE,
  TYPES_ACTIVITE,
  TYPES_LIEU,
} from '../domain/vocabulaire.ts';
import { CHEQUES_MAX } from '../pass/domain.ts';

const liste = <C extends string>(options: readonly Option<C>[]) => z.enum(codes(options) as [C, ...C[]]);

/** Control characters never belong in a key. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the list of what is refused
const CONTROLE = /[\u0000-\u001f\u007f]/;

export const entetesActivite = z.looseObject({
  'idempotency-key': z
    .string({ error: 'L’en-tête Idempotency-Key est obligatoire (1 à 100 caractères imprimables).' })
    .min(1, 'L’en-tête Idempotency-Key est obligatoire (1 à 100 caractères imprimables).')
    .max(100, 'L’en-tête Idempotency-Key fait au plus 100 caractères.')
    .refine((v) => !CONTROLE.test(v), 'L’en-tête Idempotency-Key contient un caractère de contrôle.')
    .describe(
      'Clé choisie par votre logiciel, unique par activité (1 à 100 caractères imprimables, par exemple un UUID). Renvoyer la même requête avec la même clé ne crée rien de plus.',
    )
    .meta({ examples: ['6f1c2a1e-0b7d-4a55-9a43-7c1d2b3e4f50'] }),
});

const profil = {
  genre: liste(GENRES).default('non_communique').describe('Genre'),
  tranche_age: liste(TRANCHES_AGE).default('non_communique').describe('Tranche d’âge'),
  statut_social: liste(STATUTS_SOCIAUX).default('non_communique').describe('Statut'),
  commune_insee: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/, 'Le code INSEE de la commune compte 5 caractères, par exemple 02408.')
    .nullish()
    .describe('Commune de résidence (code INSEE)'),
};

const participant = z.discriminatedUnion('sorte', [
  z
    .strictObject({ sorte: z.literal('anonyme'), ...profil })
    .describe('Personne accompagnée de façon anonyme'),
  z
    .strictObject({
      sorte: z.literal('nouveau'),
      ...profil,
      prenom: z.string().min(1).max(100).describe('Prénom'),
      nom: z.string().min(1).max(100).describe('Nom'),
      telephone: z.string().max(30).nullish().describe('Téléphone'),
      courriel: z.email('Adresse électronique invalide.').nullish().describe('Adresse électronique'),
      annee_naissance: z.number().int().nullish().describe('Année de naissance'),
      consentement: z
        .literal(true, { error: 'Le consentement de la personne est obligatoire pour garder son nom.' })
        .describe(
          'La notice d’information a été remise et la personne accepte que ses données nominatives soient conservées',
        ),
    })
    .describe('Nouvelle personne nommée, suivie ensuite par le conseiller'),
]);

export const chequeApi = z.strictObject({
  numero: z
    .string()
    .max(40)
    .describe(
      'Numéro imprimé : 8 à 20 lettres ou chiffres (espaces et tirets ignorés), unique sur la plateforme',
    )
    .meta({ examples: ['APT 2025 0001 23'] }),
  emetteur: z
    .string()
    .max(100)
    .describe('Émetteur du chèque')
    .meta({ examples: ['APTIC'] }),
  valeur_centimes: z
    .number()
    .int()
    .describe('Valeur faciale en centimes (100 à 10 000)')
    .meta({ examples: [1000] }),
  valable_jusquau: z
    .string()
    .describe('Fin de validité (AAAA-MM-JJ)')
    .meta({ examples: ['2025-12-31'] }),
});

export const corpsActivite = z
  .strictObject({
    conseiller_id: z
      .uuid('L’identifiant du conseiller est un UUID.')
      .describe(
        'Le conseiller (ou la personne de la structure) qui a mené l’activité, membre de la structure du jeton',
      ),
    type: liste(TYPES_ACTIVITE).describe('individuel ou collectif'),
    date: z
      .string()
      .describe('Date de l’activité (AAAA-MM-JJ), pas dans le futur')
      .meta({ examples: ['2025-03-10'] }),
    duree_minutes: z
      .number()
      .int()
      .describe('Durée en minutes (1 à 720)')
      .meta({ examples: [45] }),
    type_lieu: liste(TYPES_LIEU).describe('Où l’activité a eu lieu'),
    lieu_id: z.uuid().nullish().describe('Lieu de la structure, quand type_lieu = lieu_activite'),
    commune_insee: z.string().max(5).nullish().describe('Commune (code INSEE) d’un autre lieu'),
    titre: z.string().max(200).nullish().describe('Titre de l’atelier (collectif : obligatoire)'),
    niveau: liste(NIVEAUX).nullish().describe('Niveau de l’atelier'),
    thematiques_numeriques: z
      .array(liste(THEMATIQUES_NUMERIQUES))
      .max(50)
      .default([])
      .describe('Thématiques numériques'),
    thematiques_administratives: z
      .array(liste(THEMATIQUES_ADMINISTRATIVES))
      .max(50)
      .default([])
      .describe('Thématiques administratives'),
    materiel: z.array(liste(MATERIELS)).max(10).default([]).describe('Matériel utilisé'),
    autonomie: liste(AUTONOMIES).nullish().describe('Autonomie (individuel)'),
    orientation: liste(ORIENTATIONS).nullish().describe('Orientation de la personne'),
    notes: z.string().max(2000).nullish().describe('Notes du conseiller'),
    participants: z
      .array(participant)
      .min(1, 'Indiquez au moins un participant.')
      .max(PARTICIPANTS_MAX, `Une activité compte au plus ${PARTICIPANTS_MAX} participants.`)
      .describe('Les personnes accompagnées (1 pour un accompagnement individuel, 100 au plus)'),
    cheques: z
      .array(chequeApi)
      .max(CHEQUES_MAX)
      .optional()
      .describe('Chèques pass numérique utilisés (la structure doit accepter le pass numérique)'),
  })
  .describe('Une activité d’un conseiller de la structure du jeton');

export type CorpsActivite = z.infer<typeof corpsActivite>;

export const reponseActivite = z.object({
  id: z.uuid().describe('Identifiant de l’activité dans Maillage'),
  statut: z
    .enum(['creee', 'existante'])
    .describe('creee (201) ; existante (200 : la même requête avait déjà été reçue)'),
  accompagnements: z
    .array(
      z.object({
        id: z.uuid(),
        beneficiaire_id: z.uuid(),
        premier: z.boolean().describe('Premier accompagnement de la personne sur la plateforme'),
      }),
    )
    .describe('Un accompagnement par participant, dans l’ordre des participants'),
  cheques: z.number().int().describe('Nombre de chèques pass numérique enregistrés'),
});
