import OpeningHours from 'opening_hours';
import { fuseauHoraire } from '../../territoires/index.ts';
import { dateLocaleDepuis, joursEntre, lundiDe } from './horaires-fuseau.ts';

/**
 * Opening hours in OpenStreetMap syntax, evaluated in the place's time zone with the `opening_hours`
 * library. Never throws on a bad string: it is reported as unreadable and shown as given.
 */

/** Where the place is: its time zone and public holidays follow its département. */
export interface ContexteHoraires {
  departementCode: string | null | undefined;
}

/** A weekly range in minutes since Monday 00:00 (wall clock), end exclusive; may pass 10080 (overnight). */
export interface PlageHebdo {
  debut: number;
  fin: number;
  /** Open "under conditions": the library's unknown state, usually a comment ("sur rendez-vous"). */
  incertain?: true;
  commentaire?: string;
}

/** What is stored in lieux.horaires_analyse at write time, for fast "ouvert maintenant" filtering. */
export interface AnalyseHoraires {
  version: 1;
  valide: boolean;
  /** French message of the library when the string cannot be read. */
  erreur?: string;
  /** Ranges of a reference week without public holidays. */
  plages: PlageHebdo[];
  /** The same ranges every week (except public holidays): the ranges alone answer "open now". */
  stable: boolean;
  /** The string has public-holiday rules (PH): check the calendar before trusting the ranges. */
  joursFeries: boolean;
}

/** Public-holiday regions the library knows inside France (Alsace-Moselle, overseas). */
const ETATS: Record<string, string> = {
  '57': 'Moselle',
  '67': 'Bas-Rhin',
  '68': 'Haut-Rhin',
  '971': 'Guadeloupe',
  '972': 'Martinique',
  '973': 'Guyane',
  '974': 'La Réunion',
  '976': 'Mayotte',
  '977': 'Saint-Barthélemy',
  '978': 'Saint-Martin',
  '986': 'Wallis-et-Futuna',
  '987': 'Polynésie française',
  '988': 'Nouvelle-Calédonie',
};

export function fuseauDuLieu(ctx: ContexteHoraires): string {
  return fuseauHoraire(ctx.departementCode ?? '');
}

function etatDe(ctx: ContexteHoraires): string {
  return ETATS[ctx.departementCode ?? ''] ?? 'France métropolitaine';
}

const MAX_CACHE = 5000;
const compiles = new Map<string, OpeningHours | string>();

/** The compiled string, or the library's French error; compiled objects are cached (same strings recur). */
export function compiler(horaires: string, ctx: ContexteHoraires): OpeningHours | { erreur: string } {
  const etat = etatDe(ctx);
  const cle = `${etat}\u0000${horaires}`;
  let c = compiles.get(cle);
  if (c === undefined) {
    try {
      c = new OpeningHours(
        horaires,
        { lat: 46.6, lon: 2.4, address: { country_code: 'fr', state: etat } },
        { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale: 'fr' },
      );
    } catch (error) {
      c = nettoyerErreur(String(error));
    }
    if (compiles.size >= MAX_CACHE) compiles.clear();
    compiles.set(cle, c);
  }
  return typeof c === 'string' ? { erreur: c } : c;
}

function nettoyerErreur(message: string): string {
  // The library points at the error with "<--- (message)".
  const i = message.indexOf('<--- (');
  const texte = i >= 0 ? message.slice(i + 6).replace(/\)\s*$/, '') : message;
  return texte.replace(/\s+/g, ' ').trim();
}

export function normaliserHoraires(horaires: string | null | undefined): string | null {
  const v = (horaires ?? '').replace(/\s+/g, ' ').trim();
  return v === '' ? null : v;
}

/** Open ranges between two "local" dates, in minutes relative to `origine` (a "local" midnight). */
export function plagesEntre(oh: OpeningHours, origine: Date, de: Date, a: Date): PlageHebdo[] {
  const minute = (d: Date) => joursEntre(origine, d) * 1440 + d.getHours() * 60 + d.getMinutes();
  const out: PlageHebdo[] = [];
  for (const [debut, fin, inconnu, commentaire] of oh.getOpenIntervals(de, a)) {
    const p: PlageHebdo = { debut: minute(debut), fin: minute(fin) };
    if (inconnu) p.incertain = true;
    if (commentaire) p.commentaire = commentaire;
    const prev = out.at(-1);
    if (
      prev &&
      prev.fin === p.debut &&
      prev.incertain === p.incertain &&
      prev.commentaire === p.commentaire
    ) {
      prev.fin = p.fin;
    } else out.push(p);
  }
  return out;
}

/** Mondays of holiday-free, DST-free weeks spread over a year: equal ranges on all of them = stable. */
const SEMAINES_REFERENCE = [
  new Date(2024, 9, 7),
  new Date(2024, 0, 15),
  new Date(2024, 3, 15),
  new Date(2024, 6, 1),
];

function semaineReference(oh: OpeningHours, lundi: Date): PlageHebdo[] {
  const fin = new Date(lundi.getFullYear(), lundi.getMonth(), lundi.getDate() + 7);
  return plagesEntre(oh, lundi, lundi, fin);
}

/** Parses an OSM opening-hours string into weekly ranges (stored with the place at write time). */
export function analyserHoraires(
  horaires: string | null | undefined,
  ctx: ContexteHoraires,
): AnalyseHoraires | null {
  const valeur = normaliserHoraires(horaires);
  if (!valeur) return null;
  const oh = compiler(valeur, ctx);
  if ('erreur' in oh)
    return { version: 1, valide: false, erreur: oh.erreur, plages: [], stable: false, joursFeries: false };
  const semaines = SEMAINES_REFERENCE.map((lundi) => semaineReference(oh, lundi));
  const premiere = JSON.stringify(semaines[0]);
  return {
    version: 1,
    valide: true,
    plages: semaines[0]!,
    stable: semaines.every((s) => JSON.stringify(s) === premiere),
    joursFeries: /\bPH\b/.test(valeur),
  };
}

const feries = new Map<string, boolean>();

/** Is the "local" date a public holiday where the place is? (Memoised per holiday region and day.) */
export function estJourFerie(dateLocale: Date, ctx: ContexteHoraires): boolean {
  const cle = `${etatDe(ctx)}|${dateLocale.getFullYear()}-${dateLocale.getMonth()}-${dateLocale.getDate()}`;
  let ferie = feries.get(cle);
  if (ferie === undefined) {
    const ph = compiler('PH', ctx);
    ferie =
      !('erreur' in ph) &&
      ph.getState(new Date(dateLocale.getFullYear(), dateLocale.getMonth(), dateLocale.getDate(), 12));
    if (feries.size >= MAX_CACHE) feries.clear();
    feries.set(cle, ferie);
  }
  return ferie;
}

/** Fast "open at this wall-clock minute of the week" from the stored ranges (uncertain ranges excluded). */
export function ouvertSelonPlages(plages: PlageHebdo[], minute: number): boolean {
  for (const p of plages) {
    if (p.incertain) continue;
    if ((minute >= p.debut && minute < p.fin) || (minute + 10080 >= p.debut && minute + 10080 < p.fin)) {
      return true;
    }
  }
  return false;
}

/** Open at some time on Saturday (reference week). */
export function ouvertLeSamedi(analyse: AnalyseHoraires | null): boolean {
  if (!analyse?.valide) return false;
  return analyse.plages.some((p) => p.debut < 6 * 1440 && p.fin > 5 * 1440);
}

export type StatutOuverture = 'ouvert' | 'ferme' | 'incertain' | 'non_renseigne' | 'illisible';

export interface EtatOuverture {
  statut: StatutOuverture;
  commentaire?: string;
  erreur?: string;
  /** The next change as "local" wall-clock date (see horaires-fuseau.ts), with what happens then. */
  prochainChangement?: { le: Date; ouverture: boolean; incertain: boolean };
  /** Now, as "local" wall-clock date. */
  maintenant: Date;
}

const UN_AN_DE_RECHERCHE = 400;

/** State at `instant` in the place's zone, with the next opening (when closed) or closing (when open). */
export function etatOuverture(
  horaires: string | null | undefined,
  ctx: ContexteHoraires,
  instant: Date,
): EtatOuverture {
  const maintenant = dateLocaleDepuis(instant, fuseauDuLieu(ctx));
  const valeur = normaliserHoraires(horaires);
  if (!valeur) return { statut: 'non_renseigne', maintenant };
  const oh = compiler(valeur, ctx);
  if ('erreur' in oh) return { statut: 'illisible', erreur: oh.erreur, maintenant };
  const limite = new Date(
    maintenant.getFullYear(),
    maintenant.getMonth(),
    maintenant.getDate() + UN_AN_DE_RECHERCHE,
  );
  const it = oh.getIterator(maintenant);
  const ouvert = it.getState();
  const incertain = it.getUnknown();
  const commentaire = it.getComment();
  const statut: StatutOuverture = ouvert ? 'ouvert' : incertain ? 'incertain' : 'ferme';
  const etat: EtatOuverture = { statut, maintenant, ...(commentaire ? { commentaire } : {}) };
  // Open: the next change closes. Closed: the first change that opens (or opens under conditions).
  // Under conditions: the next change, whatever it is. Each step jumps to the next change, so a few
  // steps cover weeks; the cap keeps odd strings cheap.
  for (let i = 0; i < 40 && it.advance(limite); i++) {
    const estOuvert = it.getState();
    const estIncertain = it.getUnknown();
    if (statut === 'ouvert' && !estOuvert) {
      etat.prochainChangement = { le: it.getDate(), ouverture: false, incertain: estIncertain };
      break;
    }
    if (statut === 'incertain') {
      if (estOuvert) etat.prochainChangement = { le: it.getDate(), ouverture: true, incertain: false };
      break;
    }
    if (statut === 'ferme' && (estOuvert || estIncertain)) {
      etat.prochainChangement = { le: it.getDate(), ouverture: true, incertain: !estOuvert };
      break;
    }
  }
  return etat;
}

/** Ranges of the calendar week containing `instant` (Monday first), with a day of margin on each side. */
export function plagesDeLaSemaine(
  horaires: string | null | undefined,
  ctx: ContexteHoraires,
  instant: Date,
): { lundi: Date; plages: PlageHebdo[]; feries: boolean[] } | null {
  const valeur = normaliserHoraires(horaires);
  if (!valeur) return null;
  const oh = compiler(valeur, ctx);
  if ('erreur' in oh) return null;
  const lundi = lundiDe(dateLocaleDepuis(instant, fuseauDuLieu(ctx)));
  const jour = (n: number) => new Date(lundi.getFullYear(), lundi.getMonth(), lundi.getDate() + n);
  return {
    lundi,
    plages: plagesEntre(oh, lundi, jour(-1), jour(8)),
    feries: [0, 1, 2, 3, 4, 5, 6].map((n) => estJourFerie(jour(n), ctx)),
  };
}
