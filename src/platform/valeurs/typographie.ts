/**
 * French typography for what people read: dates ("1er mars 2021"), elision ("d’Inès"), joined parts
 * with no empty piece ("— —") and postal addresses that do not repeat their commune. Pure functions.
 */

const MOIS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const JOUR_PARIS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const JOUR_SEMAINE = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long' });
const HEURE_PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
});

/** The calendar day of an ISO date (`2021-03-01`, time ignored) or of an instant in Europe/Paris. */
function jour(valeur: string | Date): [number, number, number] | null {
  const iso =
    valeur instanceof Date ? (Number.isNaN(valeur.getTime()) ? '' : JOUR_PARIS.format(valeur)) : valeur;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [a, mo, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || j < 1 || j > 31) return null;
  return [a, mo, j];
}

/**
 * "1er mars 2021", "19 février 2021": the first of the month is an ordinal in French. A calendar date
 * string is never shifted by a time zone; an instant is read in Europe/Paris. `—` when absent.
 */
export function dateFr(
  valeur: string | Date | null | undefined,
  options: { jourSemaine?: boolean } = {},
): string {
  if (valeur === null || valeur === undefined || valeur === '') return '—';
  const d = jour(valeur);
  if (!d) return typeof valeur === 'string' ? valeur : '—';
  const [a, mo, j] = d;
  const texte = `${j === 1 ? '1er' : j} ${MOIS[mo - 1]} ${a}`;
  return options.jourSemaine ? `${JOUR_SEMAINE.format(new Date(Date.UTC(a, mo - 1, j)))} ${texte}` : texte;
}

/** "1er mars 2021 à 09:30", or "lundi 1er mars 2021 à 09:30" (Europe/Paris), the platform's time style. */
export function dateHeureFr(
  instant: Date | null | undefined,
  options: { jourSemaine?: boolean } = {},
): string {
  if (!instant || Number.isNaN(instant.getTime())) return '—';
  return `${dateFr(instant, options)} à ${HEURE_PARIS.format(instant)}`;
}

/** Vowels and mute h open an elision; "Hirson", "Hugo"… are too uncertain: h never elides here. */
const VOYELLE = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

/** "de Laon", "d’Inès", "d’Amiens": the preposition de with elision before a vowel. */
export function de(mot: string): string {
  const m = mot.trim();
  return VOYELLE.test(m) ? `d’${m}` : `de ${m}`;
}

/** "que Inès" → "qu’Inès"; "le"/"la" → "l’" work the same way. */
export function elider(article: 'de' | 'que' | 'le' | 'la', mot: string): string {
  if (article === 'de') return de(mot);
  const m = mot.trim();
  if (!VOYELLE.test(m)) return `${article} ${m}`;
  return article === 'que' ? `qu’${m}` : `l’${m}`;
}

/** The parts that say something, joined: no "— —" when one of them is empty or a dash placeholder. */
export function joindre(
  parties: readonly (string | number | null | undefined | false)[],
  separateur = ' — ',
): string {
  return parties
    .map((p) => (p === null || p === undefined || p === false ? '' : String(p).trim()))
    .filter((p) => p !== '' && p !== '—' && p !== '-')
    .join(separateur);
}

const sansAccents = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();

/**
 * "20 rue de la Gare, 02000 Laon": the street line, then postcode and commune — unless the street line
 * already ends with them (imports often put the whole address on one line), so the commune is never
 * repeated. `null` when nothing is known.
 */
export function adresse(a: {
  ligne?: string | null;
  codePostal?: string | null;
  commune?: string | null;
}): string | null {
  const rue = a.ligne?.trim().replace(/[,\s]+$/, '') ?? '';
  const cp = a.codePostal?.trim() ?? '';
  const commune = a.commune?.trim() ?? '';
  const ville = joindre([cp, commune], ' ');
  if (!rue) return ville || null;
  if (!ville) return rue;
  const r = sansAccents(rue);
  if (r.endsWith(sansAccents(ville)) || r.includes(sansAccents(ville))) return rue;
  // The street line ends with the commune alone: add only the postcode before it.
  if (commune && r.endsWith(sansAccents(commune))) {
    if (!cp || r.includes(cp)) return rue;
    const debut = rue.slice(0, rue.length - commune.length).replace(/[,\s]+$/, '');
    return `${debut}, ${cp} ${rue.slice(rue.length - commune.length)}`;
  }
  return `${rue}, ${ville}`;
}
