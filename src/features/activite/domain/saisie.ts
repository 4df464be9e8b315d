import { estJourIso } from '../../../platform/valeurs/jour-paris.ts';
import {
  AUTONOMIES,
  type Autonomie,
  codes,
  DUREE_MAX,
  DUREE_MIN,
  GENRES,
  type Genre,
  MATERIELS,
  type Materiel,
  NIVEAUX,
  type Niveau,
  ORIENTATIONS,
  type Orientation,
  PARTICIPANTS_MAX,
  STATUTS_SOCIAUX,
  type StatutSocial,
  THEMATIQUES_ADMINISTRATIVES,
  THEMATIQUES_NUMERIQUES,
  type ThematiqueAdministrative,
  type ThematiqueNumerique,
  TRANCHES_AGE,
  type TrancheAge,
  TYPES_ACTIVITE,
  TYPES_LIEU,
  type TypeActivite,
  type TypeLieu,
} from './vocabulaire.ts';

/** What a beneficiary's statistical profile is (kept after erasure). */
export interface ProfilStatistique {
  genre: Genre;
  trancheAge: TrancheAge;
  statutSocial: StatutSocial;
  communeInsee: string | null;
}

export interface NouveauBeneficiaire extends ProfilStatistique {
  prenom: string;
  nom: string;
  telephone: string | null;
  courriel: string | null;
  anneeNaissance: number | null;
  /** The information notice was given and the person agreed to their named data being kept. */
  consentement: boolean;
}

/** Who took part: someone already followed, a new named person, or an anonymous one. */
export type Participant =
  | { sorte: 'existant'; beneficiaireId: string }
  | { sorte: 'nouveau'; beneficiaire: NouveauBeneficiaire }
  | { sorte: 'anonyme'; profil: ProfilStatistique };

/** An activity as typed (form, API, roll call), before its rules are checked. */
export interface SaisieActivite {
  type: TypeActivite;
  date: string;
  dureeMinutes: number;
  typeLieu: TypeLieu;
  lieuId: string | null;
  communeInsee: string | null;
  titre: string | null;
  niveau: Niveau | null;
  atelierId: string | null;
  thematiquesNumeriques: ThematiqueNumerique[];
  thematiquesAdministratives: ThematiqueAdministrative[];
  materiel: Materiel[];
  autonomie: Autonomie | null;
  orientation: Orientation | null;
  notes: string | null;
  participants: Participant[];
}

export const TITRE_MAX = 200;
export const NOTES_MAX = 2000;
/** The programme started recording activity in November 2020. */
export const DATE_MIN = '2020-11-01';

function inclus<C extends string>(liste: readonly C[], v: string): v is C {
  return (liste as readonly string[]).includes(v);
}

/**
 * The rules of a recorded activity, whoever typed it. Returns French messages by field (empty: valid).
 * `aujourdhui` is the Paris calendar day (a date in the future is refused).
 */
export function verifierSaisie(s: SaisieActivite, aujourdhui: string): Record<string, string> {
  const e: Record<string, string> = {};
  if (!inclus(codes(TYPES_ACTIVITE), s.type))
    e.type = 'Choisissez un type d’activité : individuel ou collectif.';
  if (!estJourIso(s.date)) e.date = 'Saisissez une date valide, par exemple 14/03/2025.';
  else if (s.date > aujourdhui) e.date = 'La date ne peut pas être dans le futur.';
  else if (s.date < DATE_MIN) e.date = 'La date ne peut pas être antérieure au 1er novembre 2020.';
  if (!Number.isInteger(s.dureeMinutes) || s.dureeMinutes < DUREE_MIN || s.dureeMinutes > DUREE_MAX)
    e.dureeMinutes = `Saisissez une durée entre ${DUREE_MIN} et ${DUREE_MAX} minutes (12 heures).`;
  if (!inclus(codes(TYPES_LIEU), s.typeLieu)) e.typeLieu = 'Choisissez où l’activité a eu lieu.';
  else if (s.typeLieu === 'lieu_activite' && !s.lieuId) e.lieuId = 'Choisissez le lieu de la structure.';
  else if (s.typeLieu === 'autre' && !s.communeInsee) e.communeInsee = 'Indiquez la commune de l’autre lieu.';
  if (s.titre && s.titre.length > TITRE_MAX)
    e.titre = `Le titre ne peut pas dépasser ${TITRE_MAX} caractères.`;
  if (s.notes && s.notes.length > NOTES_MAX)
    e.notes = `Les notes ne peuvent pas dépasser ${NOTES_MAX} caractères.`;
  if (s.thematiquesNumeriques.some((t) => !inclus(codes(THEMATIQUES_NUMERIQUES), t)))
    e.thematiquesNumeriques = 'Une thématique numérique choisie n’existe pas.';
  if (s.thematiquesAdministratives.some((t) => !inclus(codes(THEMATIQUES_ADMINISTRATIVES), t)))
    e.thematiquesAdministratives = 'Une thématique administrative choisie n’existe pas.';
  if (!e.thematiquesNumeriques && !e.thematiquesAdministratives) {
    if (s.thematiquesNumeriques.length + s.thematiquesAdministratives.length === 0)
      e.thematiquesNumeriques = 'Choisissez au moins une thématique.';
  }
  if (s.materiel.some((m) => !inclus(codes(MATERIELS), m))) e.materiel = 'Un matériel choisi n’existe pas.';
  if (s.autonomie !== null && !inclus(codes(AUTONOMIES), s.autonomie))
    e.autonomie = 'Choisissez un degré d’autonomie de la liste.';
  if (s.orientation !== null && !inclus(codes(ORIENTATIONS), s.orientation))
    e.orientation = 'Choisissez une orientation de la liste.';
  if (s.type === 'collectif') {
    if (s.niveau !== null && !inclus(codes(NIVEAUX), s.niveau))
      e.niveau = 'Choisissez un niveau de la liste.';
    if (!s.titre?.trim()) e.titre = 'Donnez un titre à l’atelier.';
    if (s.participants.length === 0) e.participants = 'Indiquez au moins un participant.';
    else if (s.participants.length > PARTICIPANTS_MAX)
      e.participants = `Un atelier compte au plus ${PARTICIPANTS_MAX} participants.`;
  } else if (s.type === 'individuel') {
    if (s.participants.length !== 1)
      e.participants = 'Un accompagnement individuel concerne une seule personne.';
  }
  const ids = new Set<string>();
  s.participants.forEach((p, i) => {
    if (p.sorte === 'existant') {
      if (ids.has(p.beneficiaireId)) e.participants = 'Une même personne est indiquée deux fois.';
      ids.add(p.beneficiaireId);
      return;
    }
    const profil = p.sorte === 'nouveau' ? p.beneficiaire : p.profil;
    const champ = s.type === 'individuel' ? 'beneficiaire' : `participants.${i}`;
    if (!inclus(codes(GENRES), profil.genre)) e[`${champ}.genre`] = 'Choisissez un genre de la liste.';
    if (!inclus(codes(TRANCHES_AGE), profil.trancheAge))
      e[`${champ}.trancheAge`] = 'Choisissez une tranche d’âge de la liste.';
    if (!inclus(codes(STATUTS_SOCIAUX), profil.statutSocial))
      e[`${champ}.statutSocial`] = 'Choisissez un statut de la liste.';
    if (p.sorte === 'nouveau') {
      const b = p.beneficiaire;
      if (!b.prenom.trim()) e[`${champ}.prenom`] = 'Saisissez le prénom de la personne.';
      if (!b.nom.trim()) e[`${champ}.nom`] = 'Saisissez le nom de la personne.';
      if (b.prenom.length > 100 || b.nom.length > 100)
        e[`${champ}.nom`] = 'Le nom et le prénom font au plus 100 caractères.';
      if (!b.consentement)
        e[`${champ}.consentement`] =
          'Remettez la notice d’information et recueillez l’accord de la personne, ou enregistrez-la de façon anonyme.';
      if (b.anneeNaissance !== null) {
        const annee = Number(aujourdhui.slice(0, 4));
        if (!Number.isInteger(b.anneeNaissance) || b.anneeNaissance < annee - 120 || b.anneeNaissance > annee)
          e[`${champ}.anneeNaissance`] = 'Saisissez une année de naissance valide, par exemple 1958.';
      }
    }
  });
  return e;
}

/** The duration bucket a statistic shows. */
export function trancheDuree(minutes: number): string {
  if (minutes <= 30) return 'moins_30';
  if (minutes <= 60) return '30_60';
  if (minutes <= 120) return '60_120';
  return 'plus_120';
}

export const TRANCHES_DUREE = [
  { code: 'moins_30', libelle: 'Jusqu’à 30 minutes' },
  { code: '30_60', libelle: 'De 31 minutes à 1 heure' },
  { code: '60_120', libelle: 'De 1 heure à 2 heures' },
  { code: 'plus_120', libelle: 'Plus de 2 heures' },
] as const;
