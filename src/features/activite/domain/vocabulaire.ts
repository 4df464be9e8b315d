/**
 * The activity vocabularies: codes stored in the database (the successor system's, La Coop) and the
 * French label a person reads. Theme lists are versioned: an activity stores the version its codes
 * belong to, and the 2021 report vocabulary maps onto the current version (the successor's own table).
 */

export interface Option<C extends string = string> {
  code: C;
  libelle: string;
}

function options<const C extends string>(entrees: Record<C, string>): readonly Option<C>[] {
  return (Object.keys(entrees) as C[]).map((code) => ({ code, libelle: entrees[code] }));
}

export const TYPES_ACTIVITE = options({
  individuel: 'Accompagnement individuel',
  collectif: 'Atelier collectif',
});
export type TypeActivite = (typeof TYPES_ACTIVITE)[number]['code'];

/** Preset durations in minutes (a custom duration is also allowed, within bounds). */
export const DUREES_PROPOSEES = [15, 30, 45, 60, 90, 120] as const;
export const DUREE_MIN = 1;
/** Twelve hours: anything longer is a typing error (3 000 minutes is refused). */
export const DUREE_MAX = 720;
/** The 2021 report allowed 1 to 100 participants per activity. */
export const PARTICIPANTS_MAX = 100;

export const TYPES_LIEU = options({
  lieu_activite: 'Dans un lieu de la structure',
  domicile: 'À domicile',
  a_distance: 'À distance',
  autre: 'Autre lieu',
});
export type TypeLieu = (typeof TYPES_LIEU)[number]['code'];

export const AUTONOMIES = options({
  entierement_accompagne: 'Entièrement accompagné',
  partiellement_autonome: 'Partiellement autonome',
  autonome: 'Autonome',
});
export type Autonomie = (typeof AUTONOMIES)[number]['code'];

export const NIVEAUX = options({ debutant: 'Débutant', intermediaire: 'Intermédiaire', avance: 'Avancé' });
export type Niveau = (typeof NIVEAUX)[number]['code'];

export const MATERIELS = options({
  ordinateur: 'Ordinateur',
  telephone: 'Téléphone',
  tablette: 'Tablette',
  autre: 'Autre matériel',
  aucun: 'Pas de matériel',
});
export type Materiel = (typeof MATERIELS)[number]['code'];

/** Kinds of organisation a beneficiary is redirected to. */
export const ORIENTATIONS = options({
  operateur_organisme: 'Opérateur ou organisme en charge de la démarche (CAF, CPAM, France Travail…)',
  aide_demarches: 'Lieu d’aide aux démarches administratives (France Services, Aidants Connect…)',
  administration: 'Administration (mairie, préfecture…)',
  medico_social: 'Structure médico-sociale (CCAS, centre social…)',
  orientation_professionnelle: 'Orientation professionnelle ou insertion',
  solidarite_financiere: 'Solidarité financière ou associative',
  mediation_numerique: 'Autre lieu de médiation numérique',
  autre: 'Autre',
});
export type Orientation = (typeof ORIENTATIONS)[number]['code'];

export const GENRES = options({ feminin: 'Féminin', masculin: 'Masculin', non_communique: 'Non communiqué' });
export type Genre = (typeof GENRES)[number]['code'];

export const TRANCHES_AGE = options({
  moins_de_douze: 'Moins de 12 ans',
  douze_dix_huit: '12 à 17 ans',
  dix_huit_vingt_quatre: '18 à 24 ans',
  vingt_cinq_trente_neuf: '25 à 39 ans',
  quarante_cinquante_neuf: '40 à 59 ans',
  soixante_soixante_neuf: '60 à 69 ans',
  soixante_dix_plus: '70 ans et plus',
  non_communique: 'Non communiqué',
});
export type TrancheAge = (typeof TRANCHES_AGE)[number]['code'];

export const STATUTS_SOCIAUX = options({
  scolarise: 'Scolarisé',
  sans_emploi: 'Sans emploi',
  en_emploi: 'En emploi',
  retraite: 'Retraité',
  non_communique: 'Non communiqué ou hétérogène',
});
export type StatutSocial = (typeof STATUTS_SOCIAUX)[number]['code'];

/** The current theme lists' version (what new activities are recorded in). */
export const VERSION_THEMATIQUES = '2024';

export const THEMATIQUES_NUMERIQUES = options({
  diagnostic_numerique: 'Diagnostic numérique',
  prendre_en_main_du_materiel: 'Prendre en main du matériel',
  maintenance_de_materiel: 'Maintenance de matériel',
  gere_ses_contenus_numeriques: 'Gérer ses contenus numériques',
  navigation_sur_internet: 'Navigation sur internet',
  email: 'E-mail',
  bureautique: 'Bureautique',
  reseaux_sociaux: 'Réseaux sociaux et communication',
  sante: 'Santé',
  banque_et_achats_en_ligne: 'Banque et achats en ligne',
  entrepreneuriat: 'Entrepreneuriat',
  insertion_professionnelle: 'Insertion professionnelle',
  securite_numerique: 'Prévention en sécurité numérique',
  parentalite: 'Parentalité',
  scolarite_et_numerique: 'Scolarité et numérique',
  creer_avec_le_numerique: 'Créer avec le numérique',
  culture_numerique: 'Culture numérique',
  intelligence_artificielle: 'Intelligence artificielle',
  aide_aux_demarches_administratives: 'Aide aux démarches administratives',
});
export type ThematiqueNumerique = (typeof THEMATIQUES_NUMERIQUES)[number]['code'];

/** Administrative themes: the Aidants Connect démarches, plus associations. */
export const THEMATIQUES_ADMINISTRATIVES = options({
  papiers: 'Papiers – Élections – Citoyenneté',
  famille: 'Famille – Scolarité',
  social: 'Social – Santé',
  travail: 'Travail – Formation',
  logement: 'Logement',
  transports: 'Transports – Mobilité',
  argent: 'Argent – Impôts – Consommation',
  justice: 'Justice',
  etranger: 'Étrangers – Europe',
  loisirs: 'Loisirs – Sports – Culture',
  associations: 'Associations',
});
export type ThematiqueAdministrative = (typeof THEMATIQUES_ADMINISTRATIVES)[number]['code'];

/** Theme lists by version; only the current one takes new activities. */
export const VERSIONS_THEMATIQUES: Record<
  string,
  { numeriques: readonly Option[]; administratives: readonly Option[] }
> = {
  [VERSION_THEMATIQUES]: { numeriques: THEMATIQUES_NUMERIQUES, administratives: THEMATIQUES_ADMINISTRATIVES },
};

/**
 * The 2021 report themes (as in the per-département JSON of the CRA) and what each became in the
 * current list; `autre` maps to nothing.
 */
export const THEMES_CRA_2021: Record<string, { libelle: string; vers: readonly ThematiqueNumerique[] }> = {
  equipementInformatique: {
    libelle: 'Équipement informatique',
    vers: ['prendre_en_main_du_materiel', 'gere_ses_contenus_numeriques'],
  },
  smartphone: { libelle: 'Smartphone', vers: ['prendre_en_main_du_materiel'] },
  contenusNumeriques: { libelle: 'Contenus numériques', vers: ['creer_avec_le_numerique'] },
  echanger: { libelle: 'Échanger avec ses proches', vers: ['reseaux_sociaux'] },
  budget: { libelle: 'Budget', vers: ['banque_et_achats_en_ligne'] },
  tpePme: { libelle: 'TPE/PME', vers: ['entrepreneuriat'] },
  securite: { libelle: 'Sécurité', vers: ['securite_numerique'] },
  fraudeEtHarcelement: { libelle: 'Fraude et harcèlement', vers: ['securite_numerique'] },
  demarcheEnLigne: { libelle: 'Démarche en ligne', vers: ['aide_aux_demarches_administratives'] },
  vocabulaire: { libelle: 'Vocabulaire', vers: ['culture_numerique'] },
  courriel: { libelle: 'Courriel', vers: ['email'] },
  internet: { libelle: 'Internet', vers: ['navigation_sur_internet'] },
  trouverEmploi: { libelle: 'Trouver un emploi', vers: ['insertion_professionnelle'] },
  accompagnerEnfant: { libelle: 'Accompagner son enfant', vers: ['parentalite'] },
  scolaire: { libelle: 'Scolaire', vers: ['scolarite_et_numerique'] },
  sante: { libelle: 'Santé', vers: ['sante'] },
  traitementTexte: { libelle: 'Traitement de texte', vers: ['bureautique'] },
  diagnostic: { libelle: 'Diagnostic', vers: ['diagnostic_numerique'] },
  autre: { libelle: 'Autre', vers: [] },
};

/** The 2021 report's canal, mapped to the current place type. */
export function typeLieuDepuisCanal2021(canal: string): TypeLieu {
  if (canal === 'domicile') return 'domicile';
  if (canal === 'distance') return 'a_distance';
  if (canal === 'autre lieu') return 'autre';
  return 'lieu_activite';
}

export function libelle(liste: readonly Option[], code: string | null | undefined): string {
  if (code == null) return '';
  return liste.find((o) => o.code === code)?.libelle ?? code;
}

export function codes<C extends string>(liste: readonly Option<C>[]): readonly C[] {
  return liste.map((o) => o.code);
}
