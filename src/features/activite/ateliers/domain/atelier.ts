import { estJourIso } from '../../../../platform/valeurs/jour-paris.ts';
import { codes, NIVEAUX, type Niveau, THEMATIQUES_NUMERIQUES } from '../../domain/vocabulaire.ts';

export const TITRE_MIN = 3;
export const TITRE_MAX = 150;
export const DESCRIPTION_MAX = 3000;
export const ACCESSIBILITE_MAX = 1000;
export const CAPACITE_MIN = 1;
export const CAPACITE_MAX = 500;
/** A series creates at most this many occurrences. */
export const OCCURRENCES_MAX = 52;

/** What the publication form sends, as text. */
export interface ValeursAtelier {
  titre: string;
  description: string;
  thematiques: string[];
  niveau: string;
  lieuId: string;
  date: string;
  heureDebut: string;
  heureFin: string;
  capacite: string;
  inscriptionRequise: boolean;
  accessibilite: string;
  gratuit: boolean;
  /** '' (once) or the interval in weeks ('1', '2', '3', '4'). */
  repetition: string;
  jusquAu: string;
}

/** A workshop once its form is valid: instants in UTC. */
export interface SaisieAtelier {
  titre: string;
  description: string;
  thematiques: string[];
  niveau: Niveau;
  lieuId: string;
  debut: Date;
  fin: Date;
  capacite: number;
  inscriptionRequise: boolean;
  accessibilite: string;
  gratuit: boolean;
  repetition: { intervalleSemaines: number; jusquAu: string } | null;
}

export function valeursVides(): ValeursAtelier {
  return {
    titre: '',
    description: '',
    thematiques: [],
    niveau: 'debutant',
    lieuId: '',
    date: '',
    heureDebut: '14:00',
    heureFin: '16:00',
    capacite: '10',
    inscriptionRequise: true,
    accessibilite: '',
    gratuit: true,
    repetition: '',
    jusquAu: '',
  };
}

const texte = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? String(v[0] ?? '') : '');
const liste = (v: unknown) =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

/** Reads the urlencoded form (unknown fields ignored, anything not text becomes empty). */
export function lireValeurs(body: Record<string, unknown>): ValeursAtelier {
  return {
    titre: texte(body.titre),
    description: texte(body.description),
    thematiques: liste(body.thematiques),
    niveau: texte(body.niveau),
    lieuId: texte(body.lieuId),
    date: texte(body.date),
    heureDebut: texte(body.heureDebut),
    heureFin: texte(body.heureFin),
    capacite: texte(body.capacite),
    inscriptionRequise: texte(body.inscriptionRequise) === 'oui',
    accessibilite: texte(body.accessibilite),
    gratuit: texte(body.gratuit) !== 'non',
    repetition: texte(body.repetition),
    jusquAu: texte(body.jusquAu),
  };
}

const HEURE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The offset of Europe/Paris at an instant, in minutes (60 or 120). */
function decalageParis(instant: Date): number {
  const parties = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Paris',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const v = (t: string) => Number(parties.find((p) => p.type === t)!.value);
  const local = Date.UTC(v('year'), v('month') - 1, v('day'), v('hour'), v('minute'));
  return Math.round((local - instant.getTime()) / 60000);
}

/** A Paris wall-clock time (YYYY-MM-DD, HH:MM) as an instant. */
export function instantParis(date: string, heure: string): Date {
  const naif = new Date(`${date}T${heure}:00Z`);
  const essai = new Date(naif.getTime() - decalageParis(naif) * 60000);
  return new Date(naif.getTime() - decalageParis(essai) * 60000);
}

/** The Paris wall clock of an instant: { date: YYYY-MM-DD, heure: HH:MM }. */
export function heureParis(instant: Date): { date: string; heure: string } {
  const local = new Date(instant.getTime() + decalageParis(instant) * 60000).toISOString();
  return { date: local.slice(0, 10), heure: local.slice(11, 16) };
}

/** Adds whole days to a calendar date. */
export function ajouterJours(date: string, jours: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + jours);
  return d.toISOString().slice(0, 10);
}

/**
 * The rules of a published workshop. `lieux` are the ids of the structure's places; `maintenant` the
 * current instant (a workshop in the past is refused). `serie` false: the repetition fields are ignored.
 */
export function verifierAtelier(
  v: ValeursAtelier,
  o: { maintenant: Date; lieux: readonly string[]; serie: boolean },
): { ok: true; saisie: SaisieAtelier } | { ok: false; erreurs: Record<string, string> } {
  const e: Record<string, string> = {};
  const titre = v.titre.trim();
  if (titre.length < TITRE_MIN) e.titre = `Donnez un titre à l’atelier (${TITRE_MIN} caractères au moins).`;
  else if (titre.length > TITRE_MAX) e.titre = `Le titre ne peut pas dépasser ${TITRE_MAX} caractères.`;
  if (v.description.length > DESCRIPTION_MAX)
    e.description = `La description ne peut pas dépasser ${DESCRIPTION_MAX} caractères.`;
  if (v.thematiques.length === 0) e.thematiques = 'Choisissez au moins une thématique.';
  else if (v.thematiques.some((t) => !codes(THEMATIQUES_NUMERIQUES).includes(t as never)))
    e.thematiques = 'Une thématique choisie n’existe pas.';
  if (!codes(NIVEAUX).includes(v.niveau as never)) e.niveau = 'Choisissez un niveau de la liste.';
  if (!v.lieuId || !o.lieux.includes(v.lieuId)) e.lieuId = 'Choisissez un des lieux de votre structure.';
  let debut: Date | null = null;
  let fin: Date | null = null;
  if (!estJourIso(v.date)) e.date = 'Saisissez une date valide, par exemple 14/03/2027.';
  if (!HEURE.test(v.heureDebut)) e.heureDebut = 'Saisissez une heure de début valide, par exemple 14:00.';
  if (!HEURE.test(v.heureFin)) e.heureFin = 'Saisissez une heure de fin valide, par exemple 16:00.';
  if (!e.date && !e.heureDebut) {
    debut = instantParis(v.date, v.heureDebut);
    if (debut.getTime() <= o.maintenant.getTime()) e.date = 'La date de l’atelier ne peut pas être passée.';
  }
  if (!e.date && !e.heureDebut && !e.heureFin) {
    fin = instantParis(v.date, v.heureFin);
    if (fin.getTime() <= debut!.getTime()) e.heureFin = 'L’heure de fin doit être après l’heure de début.';
    else if (fin.getTime() - debut!.getTime() > 12 * 3600_000)
      e.heureFin = 'Un atelier dure au plus 12 heures.';
  }
  const capacite = /^\d{1,4}$/.test(v.capacite.trim()) ? Number(v.capacite.trim()) : Number.NaN;
  if (!(capacite >= CAPACITE_MIN && capacite <= CAPACITE_MAX))
    e.capacite = `Indiquez un nombre de places entre ${CAPACITE_MIN} et ${CAPACITE_MAX}.`;
  if (v.accessibilite.length > ACCESSIBILITE_MAX)
    e.accessibilite = `Les informations d’accessibilité ne peuvent pas dépasser ${ACCESSIBILITE_MAX} caractères.`;
  let repetition: SaisieAtelier['repetition'] = null;
  if (o.serie && v.repetition !== '') {
    const n = Number(v.repetition);
    if (![1, 2, 3, 4].includes(n)) e.repetition = 'Choisissez une fréquence de la liste.';
    else if (!estJourIso(v.jusquAu)) e.jusquAu = 'Saisissez la date de la dernière séance.';
    else if (!e.date && v.jusquAu <= v.date) e.jusquAu = 'La dernière séance doit être après la première.';
    else if (!e.date && occurrences(v.date, n, v.jusquAu).length > OCCURRENCES_MAX)
      e.jusquAu = `Une série compte au plus ${OCCURRENCES_MAX} séances.`;
    else repetition = { intervalleSemaines: n, jusquAu: v.jusquAu };
  }
  if (Object.keys(e).length > 0) return { ok: false, erreurs: e };
  return {
    ok: true,
    saisie: {
      titre,
      description: v.description.trim(),
      thematiques: [...new Set(v.thematiques)],
      niveau: v.niveau as Niveau,
      lieuId: v.lieuId,
      debut: debut!,
      fin: fin!,
      capacite,
      inscriptionRequise: v.inscriptionRequise,
      accessibilite: v.accessibilite.trim(),
      gratuit: v.gratuit,
      repetition,
    },
  };
}

/** The calendar days of a series: the first day, then every N weeks up to `jusquAu` included. */
export function occurrences(premier: string, intervalleSemaines: number, jusquAu: string): string[] {
  const jours: string[] = [];
  for (
    let d = premier;
    d <= jusquAu && jours.length <= OCCURRENCES_MAX;
    d = ajouterJours(d, 7 * intervalleSemaines)
  )
    jours.push(d);
  return jours;
}

/** Whether a new registrant gets a seat: seats left is capacity minus confirmed registrations. */
export function placesRestantes(capacite: number, confirmees: number): number {
  return Math.max(0, capacite - confirmees);
}

/** How many waiting registrants a capacity change confirms, first come first served. */
export function aPromouvoir(capacite: number, confirmees: number, enAttente: number): number {
  return Math.min(enAttente, placesRestantes(capacite, confirmees));
}
