import {
  type ContexteHoraires,
  type EtatOuverture,
  etatOuverture,
  fuseauDuLieu,
  type PlageHebdo,
  plagesDeLaSemaine,
} from './horaires.ts';
import { dateLocaleDepuis, joursEntre } from './horaires-fuseau.ts';

/** French wording of opening hours: "9 h 30", "Ouvre mardi à 9 h", the week table. */

export const JOURS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'] as const;
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

/** 540 → "9 h", 570 → "9 h 30", 0 or 1440 → "minuit". */
export function heureEnFrancais(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  if (m === 0) return 'minuit';
  const h = Math.floor(m / 60);
  const mm = m % 60;
  return mm === 0 ? `${h} h` : `${h} h ${String(mm).padStart(2, '0')}`;
}

function heureDe(d: Date): string {
  return heureEnFrancais(d.getHours() * 60 + d.getMinutes());
}

/** "aujourd'hui", "demain", "mardi" (within the week) or "le 3 mars". */
export function quandEnFrancais(maintenant: Date, le: Date): string {
  const jours = joursEntre(maintenant, le);
  if (jours === 0) return 'aujourd’hui';
  if (jours === 1) return 'demain';
  if (jours > 1 && jours < 7) return JOURS[(le.getDay() + 6) % 7]!.toLowerCase();
  return `le ${le.getDate() === 1 ? '1er' : le.getDate()} ${MOIS[le.getMonth()]}`;
}

export interface OuvertureAffichee {
  statut: EtatOuverture['statut'];
  /** "Ouvert", "Fermé", "Ouvert sous conditions", "Horaires non renseignés"… */
  libelle: string;
  /** "Ferme à 17 h 30", "Ouvre mardi à 9 h". */
  detail?: string;
  commentaire?: string;
}

export function ouvertureEnFrancais(etat: EtatOuverture): OuvertureAffichee {
  const commentaire = etat.commentaire ? { commentaire: etat.commentaire } : {};
  const c = etat.prochainChangement;
  const quand = c ? `${quandEnFrancais(etat.maintenant, c.le)} à ${heureDe(c.le)}` : '';
  switch (etat.statut) {
    case 'non_renseigne':
      return { statut: etat.statut, libelle: 'Horaires non renseignés' };
    case 'illisible':
      return { statut: etat.statut, libelle: 'Horaires à vérifier' };
    case 'ouvert':
      return {
        statut: etat.statut,
        libelle: 'Ouvert',
        ...(c ? { detail: `Ferme ${quand.replace(/^aujourd’hui /, '')}` } : { detail: 'Ouvert en continu' }),
        ...commentaire,
      };
    case 'incertain':
      return {
        statut: etat.statut,
        libelle: 'Ouvert sous conditions',
        ...(c?.ouverture ? { detail: `Ouvre ${quand}` } : {}),
        ...commentaire,
      };
    default:
      return {
        statut: etat.statut,
        libelle: 'Fermé',
        ...(c ? { detail: `${c.incertain ? 'Ouvre sous conditions' : 'Ouvre'} ${quand}` } : {}),
        ...commentaire,
      };
  }
}

/** The French state of a place at `instant`: one call for pages and API. */
export function ouvertureDuLieu(
  horaires: string | null | undefined,
  ctx: ContexteHoraires,
  instant: Date,
): OuvertureAffichee {
  return ouvertureEnFrancais(etatOuverture(horaires, ctx, instant));
}

export interface JourHoraires {
  jour: (typeof JOURS)[number];
  /** "14 octobre" */
  date: string;
  plages: string[];
  ferme: boolean;
  ferie: boolean;
  aujourdhui: boolean;
}

/**
 * Pieces of ranges per day of the week; an overnight range ending by 6 h is shown on its first day
 * ("22 h – 2 h"), a range covering a whole day reads "24 h/24".
 */
export function plagesParJour(plages: PlageHebdo[]): string[][] {
  const jours: string[][] = [[], [], [], [], [], [], []];
  const ajouter = (jour: number, debut: number, fin: number, p: PlageHebdo) => {
    if (jour < 0 || jour > 6) return;
    const journee = debut === jour * 1440 && fin === (jour + 1) * 1440;
    let texte = journee ? '24 h/24' : `${heureEnFrancais(debut)} – ${heureEnFrancais(fin)}`;
    if (p.commentaire) texte += ` (${p.commentaire})`;
    else if (p.incertain) texte += ' (sous conditions)';
    jours[jour]!.push(texte);
  };
  for (const p of plages) {
    let cur = p.debut;
    while (cur < p.fin) {
      const jour = Math.floor(cur / 1440);
      const finJour = (jour + 1) * 1440;
      if (p.fin <= finJour || (cur > jour * 1440 && p.fin - finJour <= 360)) {
        ajouter(jour, cur, p.fin, p);
        break;
      }
      ajouter(jour, cur, finJour, p);
      cur = finJour;
    }
  }
  return jours;
}

/** The week table of the detail page: the current week in the place's zone, public holidays marked. */
export function tableauSemaine(
  horaires: string | null | undefined,
  ctx: ContexteHoraires,
  instant: Date,
): JourHoraires[] | null {
  const semaine = plagesDeLaSemaine(horaires, ctx, instant);
  if (!semaine) return null;
  const parJour = plagesParJour(semaine.plages);
  const aujourdhui = dateLocaleDepuis(instant, fuseauDuLieu(ctx));
  return JOURS.map((jour, i) => {
    const d = new Date(semaine.lundi.getFullYear(), semaine.lundi.getMonth(), semaine.lundi.getDate() + i);
    return {
      jour,
      date: `${d.getDate() === 1 ? '1er' : d.getDate()} ${MOIS[d.getMonth()]}`,
      plages: parJour[i]!,
      ferme: parJour[i]!.length === 0,
      ferie: semaine.feries[i]!,
      aujourdhui: joursEntre(aujourdhui, d) === 0,
    };
  });
}
