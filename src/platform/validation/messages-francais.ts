import { z } from 'zod';

/**
 * The platform's zod error map: every validation message a person or an API client can read is French
 * and says what to do. A schema's own message always wins; this covers the fields that have none, so no
 * "Invalid input: expected number" ever reaches a user. Installed once by the app and the CLI.
 */
type Issue = z.core.$ZodRawIssue;

const NOMBRE = new Intl.NumberFormat('fr-FR');
const n = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? NOMBRE.format(v) : String(v));
const pluriel = (v: unknown, mot: string) => `${n(v)} ${mot}${Number(v) > 1 ? 's' : ''}`;

const TYPES: Record<string, string> = {
  number: 'Saisissez un nombre.',
  int: 'Saisissez un nombre entier.',
  bigint: 'Saisissez un nombre entier.',
  string: 'Saisissez du texte.',
  boolean: 'Répondez par oui ou par non.',
  date: 'Saisissez une date valide.',
  array: 'Choisissez une ou plusieurs valeurs dans la liste.',
  object: 'Ce groupe de champs est mal formé.',
};

const FORMATS: Record<string, string> = {
  email: 'Adresse électronique invalide, par exemple nom@exemple.fr.',
  url: 'Adresse web invalide, par exemple https://www.exemple.fr.',
  uuid: 'Identifiant invalide.',
  date: 'Date invalide : utilisez le format AAAA-MM-JJ.',
  datetime: 'Date et heure invalides.',
  time: 'Heure invalide : utilisez le format HH:MM.',
  regex: 'Format invalide : vérifiez la saisie.',
};

function absent(issue: Issue): boolean {
  return issue.input === undefined || issue.input === null || issue.input === '';
}

export function messageFrancais(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (absent(issue)) return 'Ce champ est obligatoire.';
      if (issue.expected === 'number' && typeof issue.input === 'number') return TYPES.number!;
      return TYPES[issue.expected] ?? 'Valeur invalide : vérifiez la saisie.';
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'string')
        return Number(min) <= 1
          ? 'Ce champ est obligatoire.'
          : `Saisissez au moins ${pluriel(min, 'caractère')}.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(min) <= 1
          ? 'Choisissez au moins une valeur.'
          : `Choisissez au moins ${n(min)} valeurs.`;
      if (issue.origin === 'date') return 'Cette date est trop ancienne.';
      return issue.inclusive === false
        ? `La valeur doit dépasser ${n(min)}.`
        : `La valeur doit être au moins ${n(min)}.`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'string') return `Ce champ ne doit pas dépasser ${pluriel(max, 'caractère')}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Choisissez au plus ${n(max)} valeurs.`;
      if (issue.origin === 'date') return 'Cette date est trop lointaine.';
      return issue.inclusive === false
        ? `La valeur doit être inférieure à ${n(max)}.`
        : `La valeur ne doit pas dépasser ${n(max)}.`;
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Format invalide : vérifiez la saisie.';
    case 'invalid_value':
      return 'Choisissez une des valeurs proposées.';
    case 'not_multiple_of':
      return `La valeur doit être un multiple de ${n(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `Champ${issue.keys.length > 1 ? 's' : ''} inconnu${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.join(', ')}.`;
    case 'invalid_key':
    case 'invalid_element':
    case 'invalid_union':
    case 'custom':
      return 'Valeur invalide : vérifiez la saisie.';
    default:
      return 'Valeur invalide : vérifiez la saisie.';
  }
}

let installe = false;
/** Makes the French map zod's global one (idempotent). */
export function installerMessagesFrancais(): void {
  if (installe) return;
  z.config({ customError: (issue) => messageFrancais(issue as Issue) });
  installe = true;
}
