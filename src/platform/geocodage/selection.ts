import type { AdresseTrouvee, PrecisionGeocodage, PrecisionPosition, TypeAdresse } from './geocodeur.ts';

/**
 * Which geocoding result may become a stored position without asking the person: pure rules, tested
 * on their own.
 */

/** Below this score the BAN's best guess is not taken on its own (the person chooses, or the centre). */
export const SCORE_MINIMAL = 0.6;

const PRECISIONS: Record<TypeAdresse, PrecisionGeocodage> = {
  housenumber: 'adresse',
  street: 'rue',
  locality: 'lieu_dit',
  municipality: 'commune',
};

export function precisionDe(type: TypeAdresse): PrecisionGeocodage {
  return PRECISIONS[type];
}

/** French label of a precision, for pages. */
export const LIBELLES_PRECISION: Record<PrecisionPosition, string> = {
  adresse: 'position de l’adresse',
  rue: 'position de la rue',
  lieu_dit: 'position du lieu-dit',
  commune: 'centre de la commune (approximative)',
  saisie: 'coordonnées saisies',
};

/** Paris, Lyon and Marseille: the BAN gives the arrondissement's code, the platform the commune's. */
export function communeDeRattachement(code: string): string {
  if (/^751(0[1-9]|1\d|20)$/.test(code)) return '75056';
  if (/^6938[1-9]$/.test(code)) return '69123';
  if (/^132(0[1-9]|1[0-6])$/.test(code)) return '13055';
  return code;
}

const memeCommune = (a: AdresseTrouvee, code: string | undefined) =>
  !code || communeDeRattachement(a.codeInsee) === communeDeRattachement(code);

/**
 * The result to keep for an address of a known commune: in that commune, precise enough (a street at
 * least: a municipality result is no better than the commune centre) and scored at least SCORE_MINIMAL.
 * Null when none qualifies.
 */
export function choisirAdresse(
  adresses: readonly AdresseTrouvee[],
  attendu: { codeInsee?: string | undefined } = {},
): AdresseTrouvee | null {
  const candidates = adresses
    .filter((a) => memeCommune(a, attendu.codeInsee))
    .filter((a) => a.type !== 'municipality' && a.score >= SCORE_MINIMAL)
    .sort((a, b) => b.score - a.score);
  return candidates[0] ?? null;
}

/** Results worth proposing to the person (to choose one), in the expected commune first. */
export function adressesAProposer(
  adresses: readonly AdresseTrouvee[],
  attendu: { codeInsee?: string | undefined } = {},
  max = 5,
): AdresseTrouvee[] {
  const utiles = adresses.filter((a) => a.type !== 'municipality');
  const dedans = utiles.filter((a) => memeCommune(a, attendu.codeInsee));
  return (dedans.length ? dedans : utiles).slice(0, max);
}

/** Rejects text a geocoder should never receive: empty, too short or long, control characters. */
export function texteAdresseInvalide(q: string): string | null {
  if (/\p{Cc}/u.test(q)) return 'L’adresse contient des caractères de contrôle : retirez-les.';
  const t = q.trim();
  if (t.length < 3) return 'Saisissez au moins 3 caractères de l’adresse.';
  if (t.length > 200) return 'L’adresse est trop longue : 200 caractères au plus.';
  return null;
}

const VOIES =
  /^(rue|r|avenue|av|boulevard|bd|bld|place|pl|chemin|ch|allée|allee|impasse|imp|route|rte|quai|cours|square|passage|rond-point|esplanade|parvis|voie|sentier|faubourg|fbg|mail|lieu-dit|lotissement|résidence|residence|cité|cite|hameau)\b/i;

/**
 * Whether a search text is a street address rather than a place's name: a number with words (« 20 avenue
 * de Ségur Paris »), or words starting with a kind of street (« rue de la Gare Laon »). A postal code
 * alone is a commune, not an address.
 */
export function ressembleAUneAdresse(texte: string): boolean {
  const t = texte.trim();
  if (t.length < 5 || t.length > 200) return false;
  if (/^\d{5}$/.test(t)) return false;
  const mots = t.split(/[\s,]+/).filter(Boolean);
  if (mots.length < 2) return false;
  if (/^\d{1,4}( ?(bis|ter|quater|[a-d]))?$/i.test(mots[0]!) && /\p{L}{2,}/u.test(mots.slice(1).join(' ')))
    return true;
  return VOIES.test(t);
}
