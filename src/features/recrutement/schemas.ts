import { z } from 'zod';
import { caseACocher, estCochee } from '../../platform/valeurs/case-a-cocher.ts';
import { STRUCTURE_TYPES } from '../structures/index.ts';
import { RAYONS_MOBILITE_KM, SITUATIONS_CANDIDAT, VALEURS_QPV } from './domain/types.ts';

/** Input schemas shared by the forms (strings) and the API (JSON); messages in French. */

const vide = (v: unknown) => (v === '' || v === null ? undefined : v);
const texte = (label: string, max: number) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .trim()
    .min(1, `Indiquez ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} : ${max} caractères au plus.`);
const texteFacultatif = (max: number, message: string) =>
  z.preprocess(vide, z.string().trim().max(max, message).optional());

/** Checkboxes send "on" (or nothing); the API sends booleans. */
export const booleen = caseACocher;
const booleenOuInconnu = z.preprocess(
  (v) => (v === '' || v === undefined || v === null ? null : estCochee(v)),
  z.boolean().nullable(),
);

export const email = z
  .string({ error: 'Indiquez l’adresse électronique.' })
  .trim()
  .max(254, 'L’adresse électronique est trop longue.')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Adresse électronique invalide, par exemple nom@exemple.fr.');

const telephone = z.preprocess(
  vide,
  z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{10,20}$/, 'Numéro de téléphone invalide, par exemple 03 23 24 25 26.')
    .optional(),
);

export const dateIso = (label: string) =>
  z
    .string({ error: `Indiquez ${label}.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Indiquez ${label} au format AAAA-MM-JJ.`)
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)),
      `${label[0]!.toUpperCase()}${label.slice(1)} n’existe pas.`,
    );

const codeCommune = z
  .string({ error: 'Choisissez la commune.' })
  .trim()
  .toUpperCase()
  .regex(/^[0-9][0-9AB][0-9]{3}$/, 'Choisissez la commune dans la liste (code INSEE à 5 caractères).');

const coordonnee = (min: number, max: number) =>
  z.preprocess(
    vide,
    z.coerce.number().min(min, 'Coordonnée invalide.').max(max, 'Coordonnée invalide.').optional(),
  );

export const MOTIVATION_MAX = 2500;

export const candidatureStructureSchema = z.object({
  siret: z.string({ error: 'Indiquez le numéro SIRET.' }).trim().min(1, 'Indiquez le numéro SIRET.'),
  nom: texte('la raison sociale', 200),
  type: z.enum(STRUCTURE_TYPES, { error: 'Choisissez le type de structure.' }),
  adresse: texte('l’adresse', 300),
  communeCode: codeCommune,
  codePostal: z.preprocess(
    vide,
    z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'Le code postal comporte 5 chiffres.')
      .optional(),
  ),
  latitude: coordonnee(-90, 90),
  longitude: coordonnee(-180, 180),
  qpv: z.enum(VALEURS_QPV, { error: 'Indiquez si la structure intervient en quartier prioritaire (QPV).' }),
  zrr: booleen,
  franceServices: booleen,
  reseauNational: texteFacultatif(150, 'Le nom du réseau : 150 caractères au plus.'),
  postesDemandes: z.coerce
    .number({ error: 'Indiquez le nombre de postes demandés.' })
    .int('Le nombre de postes est un nombre entier.')
    .min(1, 'Demandez au moins un poste.')
    .max(100, 'Demandez au plus 100 postes.'),
  dateDebutSouhaitee: dateIso('la date de début souhaitée'),
  motivation: texte('votre motivation', MOTIVATION_MAX),
  contactPrenom: texte('le prénom du contact', 100),
  contactNom: texte('le nom du contact', 100),
  contactFonction: texte('la fonction du contact', 150),
  contactEmail: email,
  contactTelephone: telephone,
});

const motDePasse = z.string({ error: 'Choisissez un mot de passe.' }).min(1, 'Choisissez un mot de passe.');

/** The public form also creates the manager's account (its e-mail is the contact's). */
export const candidatureStructurePubliqueSchema = candidatureStructureSchema.extend({ motDePasse });
export type CandidatureStructureInput = z.infer<typeof candidatureStructureSchema>;

/** What a structure may still change before its application is examined. */
export const modificationCandidatureSchema = candidatureStructureSchema
  .pick({
    postesDemandes: true,
    dateDebutSouhaitee: true,
    motivation: true,
    contactPrenom: true,
    contactNom: true,
    contactFonction: true,
    contactEmail: true,
    contactTelephone: true,
    qpv: true,
    zrr: true,
    franceServices: true,
    reseauNational: true,
  })
  .extend({ zrr: booleenOuInconnu, franceServices: booleenOuInconnu });

/** "sans_limite" or one of the radii, as the form's radio buttons send them. */
export const rayonMobilite = z.preprocess(
  (v) => (v === 'sans_limite' || v === null ? null : typeof v === 'string' ? Number(v) : v),
  z
    .number()
    .nullable()
    .refine(
      (v) => v === null || (RAYONS_MOBILITE_KM as readonly number[]).includes(v),
      `Choisissez un rayon de mobilité : ${RAYONS_MOBILITE_KM.join(', ')} km ou sans limite.`,
    ),
);

const situations = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.enum(SITUATIONS_CANDIDAT, { error: 'Situation inconnue.' }))
    .min(1, 'Cochez au moins une situation : demandeur d’emploi, en emploi ou en formation.'),
);

const profilCandidat = z.object({
  telephone,
  communeCode: codeCommune,
  /** Where the candidate lives, when the form could place it more precisely than the commune. */
  latitude: coordonnee(-90, 90),
  longitude: coordonnee(-180, 180),
  rayonMobiliteKm: rayonMobilite,
  dateDisponibilite: dateIso('votre date de disponibilité'),
  situations,
  diplome: booleen,
  diplomeNom: texteFacultatif(200, 'Le nom du diplôme : 200 caractères au plus.'),
  experience: texteFacultatif(MOTIVATION_MAX, `Votre expérience : ${MOTIVATION_MAX} caractères au plus.`),
  motivation: texte('votre motivation', MOTIVATION_MAX),
  niveauPix: z.preprocess(
    vide,
    z.coerce
      .number()
      .int('Le niveau Pix est un nombre entier.')
      .min(1, 'Le niveau Pix va de 1 à 8.')
      .max(8, 'Le niveau Pix va de 1 à 8.')
      .optional(),
  ),
});

const diplomeNomme = <T extends { diplome: boolean; diplomeNom?: string | undefined }>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.diplome && !v.diplomeNom) {
    ctx.addIssue({
      code: 'custom',
      path: ['diplomeNom'],
      message: 'Indiquez le nom de votre diplôme de médiation numérique.',
    });
  }
};

export const candidatureConseillerSchema = profilCandidat
  .extend({
    prenom: texte('votre prénom', 100),
    nom: texte('votre nom', 100),
    email,
    motDePasse,
    consentement: booleen.refine(
      (v) => v,
      'Vous devez accepter le traitement de vos données pour candidater.',
    ),
  })
  .superRefine(diplomeNomme);
export type CandidatureConseillerInput = z.infer<typeof candidatureConseillerSchema>;

export const modificationCandidatSchema = profilCandidat.superRefine(diplomeNomme);
export type ModificationCandidatInput = z.infer<typeof modificationCandidatSchema>;
