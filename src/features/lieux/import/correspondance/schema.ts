import { z } from 'zod';
import { codeDepartementSchema } from '../../../../platform/valeurs/codes-territoriaux.ts';
import { CHAMPS_STANDARD, type NomChamp } from '../../domain/standard/champs.ts';

/**
 * A declarative mapping from any producer's file to the standard (documented in docs/lieux-mappings.md).
 * Format name: "maillage-correspondance/1".
 */

export const JOURS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export type JourFr = (typeof JOURS_FR)[number];

/** A test on one or more source columns. */
export interface Condition {
  colonne?: string | undefined;
  colonnes?: string[] | undefined;
  /** True when a value contains one of these (case- and accent-insensitive). */
  contient?: string[] | undefined;
  /** True when a value equals one of these (case- and accent-insensitive). */
  egal?: string[] | undefined;
  /** True when a value matches this regular expression (case-insensitive). */
  motif?: string | undefined;
  /** True when a value is present (default when no other test is given). */
  rempli?: boolean | undefined;
  /** False as soon as a value contains one of these. */
  sauf?: string[] | undefined;
  tous?: Condition[] | undefined;
  un_de?: Condition[] | undefined;
  non?: Condition | undefined;
}

/** Where a value comes from and how it is transformed; several rules may feed one field. */
export interface Regle {
  colonne?: string | undefined;
  colonnes?: string[] | undefined;
  joindre?: string | undefined;
  valeur?: string | number | undefined;
  empreinte?: string[] | undefined;
  jours?: Partial<Record<JourFr, string | string[]>> | undefined;
  extraire?: string | undefined;
  decouper?: string | undefined;
  dictionnaire?: Record<string, string | string[] | null> | undefined;
  sinon?: 'garder' | 'ignorer' | undefined;
  motif?: string | undefined;
  horaires?: 'texte' | undefined;
  /** Text around each value: "week 01-53/2 {valeur}". */
  gabarit?: string | undefined;
  si?: Condition | undefined;
  defaut?: string | number | undefined;
}

export interface Correspondance {
  format: 'maillage-correspondance/1';
  nom: string;
  description?: string | undefined;
  fichier?: { lignes?: string | undefined; separateur?: string | undefined } | undefined;
  /** Département of every row (a local producer): used to find a commune by its name. */
  departement?: string | undefined;
  /** Rows to leave out (closed places, test rows…), reported as rejected with this reason. */
  ignorer?: { si: Condition; raison: string } | undefined;
  champs: Partial<Record<NomChamp, Regle | Regle[]>>;
  coordonnees?: { projection: 'wgs84' | 'lambert93'; x: Regle; y: Regle } | undefined;
}

const regex = z.string().refine(
  (s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expression régulière invalide' },
);

const textes = z.array(z.string());

const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      colonne: z.string().optional(),
      colonnes: textes.optional(),
      contient: textes.optional(),
      egal: textes.optional(),
      motif: regex.optional(),
      rempli: z.boolean().optional(),
      sauf: textes.optional(),
      tous: z.array(conditionSchema).optional(),
      un_de: z.array(conditionSchema).optional(),
      non: conditionSchema.optional(),
    })
    .refine((c) => c.colonne || c.colonnes || c.tous || c.un_de || c.non, {
      message: 'une condition porte sur « colonne », « colonnes », « tous », « un_de » ou « non »',
    }),
);

const regleSchema: z.ZodType<Regle> = z
  .strictObject({
    colonne: z.string().optional(),
    colonnes: textes.optional(),
    joindre: z.string().optional(),
    valeur: z.union([z.string(), z.number()]).optional(),
    empreinte: textes.min(1).optional(),
    jours: z.partialRecord(z.enum(JOURS_FR), z.union([z.string(), textes])).optional(),
    extraire: regex.optional(),
    decouper: z.string().min(1).optional(),
    dictionnaire: z.record(z.string(), z.union([z.string(), textes, z.null()])).optional(),
    sinon: z.enum(['garder', 'ignorer']).optional(),
    motif: regex.optional(),
    horaires: z.literal('texte').optional(),
    gabarit: z.string().includes('{valeur}', { error: 'le gabarit doit contenir {valeur}' }).optional(),
    si: conditionSchema.optional(),
    defaut: z.union([z.string(), z.number()]).optional(),
  })
  .refine(
    (r) => [r.colonne, r.colonnes, r.valeur, r.empreinte, r.jours].filter((s) => s !== undefined).length <= 1,
    {
      message:
        'une règle a une seule source : « colonne », « colonnes », « valeur », « empreinte » ou « jours »',
    },
  )
  .refine(
    (r) =>
      r.colonne !== undefined ||
      r.colonnes !== undefined ||
      r.valeur !== undefined ||
      r.empreinte !== undefined ||
      r.jours !== undefined ||
      r.defaut !== undefined,
    { message: 'une règle doit indiquer une source ou un « defaut »' },
  );

const champsSchema = z.partialRecord(
  z.enum(CHAMPS_STANDARD),
  z.union([regleSchema, z.array(regleSchema).min(1)]),
);

export const correspondanceSchema: z.ZodType<Correspondance> = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('maillage-correspondance/1', {
    error: 'le format doit valoir « maillage-correspondance/1 »',
  }),
  nom: z.string().min(1),
  description: z.string().optional(),
  fichier: z.strictObject({ lignes: z.string().optional(), separateur: z.string().optional() }).optional(),
  departement: codeDepartementSchema('code de département attendu (02, 2A, 974…)').optional(),
  ignorer: z.strictObject({ si: conditionSchema, raison: z.string().min(3) }).optional(),
  champs: champsSchema,
  coordonnees: z
    .strictObject({ projection: z.enum(['wgs84', 'lambert93']), x: regleSchema, y: regleSchema })
    .optional(),
}) as z.ZodType<Correspondance>;

function messageIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `clé inconnue : ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return `type invalide (attendu : ${issue.expected})`;
    case 'invalid_value':
      return issue.message.startsWith('Invalid') ? 'valeur non permise' : issue.message;
    case 'too_small':
      return 'valeur vide ou liste vide';
    case 'invalid_union':
      return 'règle invalide (voir docs/lieux-mappings.md)';
    case 'invalid_key':
      return 'nom de champ inconnu du standard';
    default:
      return issue.message;
  }
}

/** Parses a mapping file's JSON; French messages with the path of each problem. */
export function lireCorrespondance(
  json: unknown,
): { ok: true; correspondance: Correspondance } | { ok: false; erreurs: string[] } {
  const r = correspondanceSchema.safeParse(json);
  if (r.success) return { ok: true, correspondance: r.data };
  return {
    ok: false,
    erreurs: r.error.issues.map(
      (i) => `${i.path.length ? i.path.join('.') : '(racine)'} : ${messageIssue(i)}`,
    ),
  };
}
