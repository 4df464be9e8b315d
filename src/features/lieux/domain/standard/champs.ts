import {
  DISPOSITIF_PROGRAMMES_NATIONAUX,
  FORMATIONS_LABELS,
  FRAIS_A_CHARGE,
  ITINERANCE,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISE_EN_CHARGE_SPECIFIQUE,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from './enumerations.ts';

/** The 32 fields of standard v1.0.2, in the schema's order (the order of every CSV export). */
export const CHAMPS_STANDARD = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const;

export type NomChamp = (typeof CHAMPS_STANDARD)[number];

/** Fields the standard requires on every row. */
export const CHAMPS_OBLIGATOIRES: readonly NomChamp[] = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'adresse',
  'date_maj',
];

/** Multi-valued fields: `|`-separated in a v1 file, stored as text[]. */
export const CHAMPS_LISTE = [
  'typologie',
  'courriels',
  'site_web',
  'itinerance',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
] as const satisfies readonly NomChamp[];

export type ChampListe = (typeof CHAMPS_LISTE)[number];

/** Multi-valued fields whose values come from a closed vocabulary. */
export const ENUMERATIONS = {
  itinerance: ITINERANCE,
  services: SERVICES,
  publics_specifiquement_adresses: PUBLICS_SPECIFIQUEMENT_ADRESSES,
  prise_en_charge_specifique: PRISE_EN_CHARGE_SPECIFIQUE,
  frais_a_charge: FRAIS_A_CHARGE,
  dispositif_programmes_nationaux: DISPOSITIF_PROGRAMMES_NATIONAUX,
  formations_labels: FORMATIONS_LABELS,
  modalites_acces: MODALITES_ACCES,
  modalites_accompagnement: MODALITES_ACCOMPAGNEMENT,
} as const satisfies Partial<Record<ChampListe, readonly string[]>>;

export type ChampEnumere = keyof typeof ENUMERATIONS;

/** Patterns of single-valued fields, copied from schema.json. */
export const MOTIFS = {
  pivot: /^[a-zA-Z0-9]{9,14}$/,
  code_postal: /^\d{5}$/,
  code_insee: /^([013-9]\d|2[AB1-9])\d{3}$/,
  telephone: /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$/,
} as const;

export const LONGUEUR_MAX_RESUME = 280;

/** How a field is named to a person (the schema's titles). */
export const TITRES: Record<NomChamp, string> = {
  id: 'Identifiant',
  pivot: 'SIRET ou RNA',
  nom: 'Nom',
  commune: 'Commune',
  code_postal: 'Code postal',
  code_insee: 'Code INSEE',
  adresse: 'Adresse',
  complement_adresse: 'Complément d’adresse',
  latitude: 'Latitude',
  longitude: 'Longitude',
  typologie: 'Typologie',
  telephone: 'Téléphone',
  courriels: 'Courriels',
  site_web: 'Site web',
  horaires: 'Horaires',
  presentation_resume: 'Présentation résumée',
  presentation_detail: 'Présentation détaillée',
  source: 'Structure collectant la donnée',
  itinerance: 'Itinérance',
  structure_parente: 'Structure parente',
  date_maj: 'Date de mise à jour',
  services: 'Services',
  publics_specifiquement_adresses: 'Publics spécifiquement adressés',
  prise_en_charge_specifique: 'Prise en charge spécifique',
  frais_a_charge: 'Frais à charge',
  dispositif_programmes_nationaux: 'Dispositifs et programmes nationaux',
  formations_labels: 'Formations et labels',
  autres_formations_labels: 'Autres formations et labels',
  modalites_acces: 'Modalités d’accès',
  modalites_accompagnement: 'Modalités d’accompagnement',
  fiche_acces_libre: 'Fiche Acceslibre',
  prise_rdv: 'Prise de rendez-vous',
};

/** A place in the standard, normalised: lists as arrays, absent values as null. */
export interface LieuStandard {
  id: string;
  pivot: string;
  nom: string;
  commune: string;
  code_postal: string;
  code_insee: string | null;
  adresse: string;
  complement_adresse: string | null;
  latitude: number | null;
  longitude: number | null;
  typologie: string[];
  telephone: string | null;
  courriels: string[];
  site_web: string[];
  horaires: string | null;
  presentation_resume: string | null;
  presentation_detail: string | null;
  source: string | null;
  itinerance: string[];
  structure_parente: string | null;
  date_maj: string;
  services: string[];
  publics_specifiquement_adresses: string[];
  prise_en_charge_specifique: string[];
  frais_a_charge: string[];
  dispositif_programmes_nationaux: string[];
  formations_labels: string[];
  autres_formations_labels: string[];
  modalites_acces: string[];
  modalites_accompagnement: string[];
  fiche_acces_libre: string | null;
  prise_rdv: string | null;
}

/** A row as read from a file or produced by a mapping, before validation. */
export type LigneStandard = Partial<Record<NomChamp, unknown>>;
