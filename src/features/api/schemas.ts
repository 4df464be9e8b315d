import { z } from 'zod';

export const moiSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('jeton'),
      id: z.uuid().describe('Identifiant du jeton'),
      nom: z
        .string()
        .describe('Nom du client donné à la création du jeton')
        .meta({ examples: ['Cartographie nationale'] }),
      portees: z
        .array(z.string())
        .describe('Portées accordées au jeton')
        .meta({ examples: [['lecture', 'lieux:ecriture']] }),
      departement: z.string().nullable().describe('Département auquel le jeton est limité'),
      structure_id: z.uuid().nullable().describe('Structure à laquelle le jeton est limitée'),
    })
    .describe('Appel fait avec un jeton d’API'),
  z
    .object({
      type: z.literal('utilisateur'),
      id: z.uuid(),
      email: z.string(),
      prenom: z.string(),
      nom: z.string(),
      role_actif: z
        .object({
          role: z.string(),
          departement: z.string().nullable(),
          structure_id: z.uuid().nullable(),
        })
        .nullable()
        .describe('Rôle avec lequel la personne agit'),
    })
    .describe('Appel fait depuis une session du navigateur'),
]);
