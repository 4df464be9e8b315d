import { analyserHoraires, type ContexteHoraires } from './horaires.ts';
import { JOURS } from './horaires-texte.ts';

/**
 * The opening-hours editor of the management form: a weekly table (morning and afternoon range per day)
 * written as OSM syntax, and back when the string is simple enough to be edited that way.
 */

const OSM_JOURS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
export const PARTIES = ['matin', 'apresmidi'] as const;
export type Partie = (typeof PARTIES)[number];

export interface PlageSaisie {
  debut: string;
  fin: string;
}

export interface SemaineSaisie {
  /** Seven days, Monday first. */
  jours: Record<Partie, PlageSaisie>[];
  fermeJoursFeries: boolean;
}

export function semaineVide(): SemaineSaisie {
  return {
    jours: JOURS.map(() => ({ matin: { debut: '', fin: '' }, apresmidi: { debut: '', fin: '' } })),
    fermeJoursFeries: false,
  };
}

/** Form field name of one time: "horaires-2-matin-debut". */
export function nomChampHoraire(jour: number, partie: Partie, borne: 'debut' | 'fin'): string {
  return `horaires-${jour}-${partie}-${borne}`;
}

const HEURE = /^([01]?\d|2[0-3])[:h]([0-5]\d)$/;

function minutes(v: string): number | null {
  const m = v.trim().match(HEURE);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function hhmm(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export type ResultatSemaine =
  | { ok: true; horaires: string | null }
  | { ok: false; erreurs: Record<string, string> };

/** Weekly table → OSM string (null when every day is closed); errors keyed by form field name. */
export function semaineVersOsm(semaine: SemaineSaisie): ResultatSemaine {
  const erreurs: Record<string, string> = {};
  const parJour: string[] = [];
  semaine.jours.forEach((jour, i) => {
    const plages: [number, number][] = [];
    for (const partie of PARTIES) {
      const { debut, fin } = jour[partie];
      if (!debut.trim() && !fin.trim()) continue;
      const d = minutes(debut);
      const f = minutes(fin);
      const libelle = `${JOURS[i]} ${partie === 'matin' ? 'matin' : 'après-midi'}`;
      if (d === null)
        erreurs[nomChampHoraire(i, partie, 'debut')] =
          `${libelle} : heure d’ouverture attendue au format 09:00.`;
      if (f === null)
        erreurs[nomChampHoraire(i, partie, 'fin')] =
          `${libelle} : heure de fermeture attendue au format 12:00.`;
      if (d !== null && f !== null) {
        if (f <= d)
          erreurs[nomChampHoraire(i, partie, 'fin')] = `${libelle} : la fermeture doit suivre l’ouverture.`;
        else plages.push([d, f]);
      }
    }
    if (plages.length === 2 && plages[1]![0] < plages[0]![1]) {
      erreurs[nomChampHoraire(i, 'apresmidi', 'debut')] =
        `${JOURS[i]} : l’après-midi doit commencer après la fin de la matinée.`;
    }
    parJour.push(plages.map(([d, f]) => `${hhmm(d)}-${hhmm(f)}`).join(','));
  });
  if (Object.keys(erreurs).length) return { ok: false, erreurs };

  // Days with the same ranges share one rule; consecutive days become "Mo-Fr".
  const groupes = new Map<string, number[]>();
  parJour.forEach((plages, i) => {
    if (!plages) return;
    groupes.set(plages, [...(groupes.get(plages) ?? []), i]);
  });
  const regles = [...groupes].map(([plages, jours]) => ({
    premier: jours[0]!,
    texte: `${joursOsm(jours)} ${plages}`,
  }));
  regles.sort((a, b) => a.premier - b.premier);
  if (regles.length === 0) return { ok: true, horaires: null };
  const texte = regles.map((r) => r.texte).join('; ');
  return { ok: true, horaires: semaine.fermeJoursFeries ? `${texte}; PH off` : texte };
}

function joursOsm(jours: number[]): string {
  const morceaux: string[] = [];
  let i = 0;
  while (i < jours.length) {
    let j = i;
    while (j + 1 < jours.length && jours[j + 1] === jours[j]! + 1) j++;
    const a = OSM_JOURS[jours[i]!]!;
    const b = OSM_JOURS[jours[j]!]!;
    if (j === i) morceaux.push(a);
    else if (j === i + 1) morceaux.push(a, b);
    else morceaux.push(`${a}-${b}`);
    i = j + 1;
  }
  return morceaux.join(',');
}

/**
 * OSM string → weekly table, or null when the table cannot express it (overnight, comments, seasons,
 * more than two ranges a day…): the form then offers the raw string only.
 */
export function osmVersSemaine(
  horaires: string | null | undefined,
  ctx: ContexteHoraires,
): SemaineSaisie | null {
  const analyse = analyserHoraires(horaires, ctx);
  if (!analyse) return semaineVide();
  if (!analyse.valide || !analyse.stable) return null;
  const semaine = semaineVide();
  semaine.fermeJoursFeries = analyse.joursFeries;
  const parJour: [number, number][][] = [[], [], [], [], [], [], []];
  for (const p of analyse.plages) {
    const jour = Math.floor(p.debut / 1440);
    if (p.incertain || p.commentaire || p.fin > (jour + 1) * 1440 || p.fin === (jour + 1) * 1440) return null;
    parJour[jour]!.push([p.debut - jour * 1440, p.fin - jour * 1440]);
  }
  for (let i = 0; i < 7; i++) {
    const plages = parJour[i]!;
    if (plages.length > 2) return null;
    const [a, b] = plages;
    if (a && b) {
      semaine.jours[i] = { matin: saisie(a), apresmidi: saisie(b) };
    } else if (a) {
      semaine.jours[i]![a[0] >= 12 * 60 ? 'apresmidi' : 'matin'] = saisie(a);
    }
  }
  // Round trip: the table must say exactly what the string says (PH rules included).
  const relu = semaineVersOsm(semaine);
  if (!relu.ok) return null;
  const reanalyse = analyserHoraires(relu.horaires, ctx);
  if (JSON.stringify(reanalyse?.plages ?? []) !== JSON.stringify(analyse.plages)) return null;
  if (analyse.joursFeries && !/^(.*;\s*)?PH off$/.test((horaires ?? '').trim())) return null;
  return semaine;
}

function saisie([d, f]: [number, number]): PlageSaisie {
  return { debut: hhmm(d), fin: hhmm(f) };
}
