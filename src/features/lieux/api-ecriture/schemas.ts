import { z } from 'zod';

/** Control characters (other than tab and line breaks) never belong in an identifier. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the list of what is refused
const CONTROLE = /[\u0000-\u001f\u007f]/;

export const LONGUEUR_MAX_ID_SOURCE = 100;

export const paramsIdSource = z.object({
  idSource: z
    .string()
    .trim()
    .min(1, 'Indiquez l’identifiant du lieu dans votre système.')
    .max(LONGUEUR_MAX_ID_SOURCE, `L’identifiant ne doit pas dépasser ${LONGUEUR_MAX_ID_SOURCE} caractères.`)
    .refine((v) => !CONTROLE.test(v), 'L’identifiant contient un caractère de contrôle.')
    .describe('Identifiant du lieu dans le système de votre structure (100 caractères au plus)')
    .meta({ examples: ['antenne-laon-42'] }),
});

const texte = (description: string, exemple?: string) =>
  z
    .string()
    .nullish()
    .describe(description)
    .meta(exemple ? { examples: [exemple] } : {});
const liste = (description: string, exemple?: string[]) =>
  z
    .array(z.string())
    .optional()
    .describe(description)
    .meta(exemple ? { examples: [exemple] } : {});
const coordonnee = (description: string, exemple: number) =>
  z
    .number()
    .nullish()
    .describe(description)
    .meta({ examples: [exemple] });

/**
 * A place as a structure's software sends it: the fields of standard v1.0.2 with the names of the
 * export, lists as JSON arrays. The standard's `id` is the path's `idSource`. Unknown fields are refused.
 */
export const corpsLieu = z
  .strictObject({
    nom: z
      .string()
      .describe('Nom du lieu')
      .meta({ examples: ['Espace numérique de Laon'] }),
    adresse: z
      .string()
      .describe('Numéro et voie')
      .meta({ examples: ['12 rue Sérurier'] }),
    complement_adresse: texte('Complément d’adresse', 'Bâtiment B, 1er étage'),
    code_postal: z
      .string()
      .describe('Code postal, 5 chiffres')
      .meta({ examples: ['02000'] }),
    commune: z
      .string()
      .describe('Commune')
      .meta({ examples: ['Laon'] }),
    code_insee: texte(
      'Code INSEE de la commune (déduit du code postal s’il est absent et sans ambiguïté)',
      '02408',
    ),
    latitude: coordonnee('Latitude WGS 84', 49.5641),
    longitude: coordonnee('Longitude WGS 84', 3.6199),
    pivot: texte('SIRET ou RNA ; par défaut, le SIRET de la structure du jeton', '21020408500016'),
    typologie: liste('Typologie de la structure (TIERS_LIEUX, MAIRIE…)', ['MUNI']),
    telephone: texte('Téléphone, au format +33XXXXXXXXX', '+33323220000'),
    courriels: liste('Adresses électroniques', ['contact@espace-numerique-laon.fr']),
    site_web: liste('Sites web (http ou https)', ['https://www.ville-laon.fr']),
    horaires: texte('Horaires, syntaxe OpenStreetMap opening_hours', 'Mo-Fr 09:00-12:00,14:00-17:00'),
    presentation_resume: texte('Présentation courte (280 caractères au plus)', 'Accompagnement au numérique'),
    presentation_detail: texte('Présentation détaillée'),
    source: texte('Structure qui collecte la donnée ; par défaut, le nom de la structure du jeton'),
    itinerance: liste('Itinérance (Itinérant, Fixe)'),
    structure_parente: texte('Structure parente'),
    date_maj: texte('Date de mise à jour (AAAA-MM-JJ) ; par défaut, la date du jour', '2026-12-01'),
    services: liste('Services du standard', ['Aide aux démarches administratives']),
    publics_specifiquement_adresses: liste('Publics spécifiquement adressés', ['Jeunes']),
    prise_en_charge_specifique: liste('Prise en charge spécifique'),
    frais_a_charge: liste('Frais à charge', ['Gratuit']),
    dispositif_programmes_nationaux: liste('Dispositifs et programmes nationaux'),
    formations_labels: liste('Formations et labels'),
    autres_formations_labels: liste('Autres formations et labels'),
    modalites_acces: liste('Modalités d’accès'),
    modalites_accompagnement: liste('Modalités d’accompagnement'),
    fiche_acces_libre: texte('Adresse de la fiche Acceslibre'),
    prise_rdv: texte('Adresse de prise de rendez-vous en ligne'),
  })
  .describe('Un lieu au standard national des lieux de médiation numérique v1.0.2');

export type CorpsLieu = z.infer<typeof corpsLieu>;

export const reponseEcriture = z.object({
  id: z.uuid().describe('Identifiant du lieu dans Maillage (GET /api/v1/lieux/{id})'),
  id_source: z.string().describe('Votre identifiant du lieu'),
  statut: z
    .enum(['cree', 'modifie', 'inchange'])
    .describe('cree (201), modifie ou inchange (200 : rien n’a été écrit)'),
});
