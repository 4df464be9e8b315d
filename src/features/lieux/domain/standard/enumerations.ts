/**
 * Closed vocabularies of the national standard v1.0.2 (schema.json, LaMednum/standard-mediation-num),
 * written here once so the app never reads the schema file at run time. The spelling of each value is
 * the one the official regex pattern accepts, so that our exports validate against schema.json.
 */

export const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
] as const;

export const PUBLICS_SPECIFIQUEMENT_ADRESSES = [
  'Jeunes',
  'Étudiants',
  'Familles et/ou enfants',
  'Seniors',
  'Femmes',
] as const;

export const PRISE_EN_CHARGE_SPECIFIQUE = [
  'Surdité',
  'Handicaps moteurs',
  'Handicaps mentaux',
  'Illettrisme',
  'Langues étrangères (anglais)',
  'Langues étrangères (autres)',
  'Déficience visuelle',
] as const;

export const FRAIS_A_CHARGE = ['Gratuit', 'Gratuit sous condition', 'Payant'] as const;

export const DISPOSITIF_PROGRAMMES_NATIONAUX = [
  'Aidants Connect',
  'Bibliothèques numérique de référence',
  'Certification PIX',
  'Conseillers numériques',
  'Emmaüs Connect',
  'France Services',
  'Grande école du numérique',
  'La Croix Rouge',
  "Point d'accès numérique CAF",
  'Promeneurs du net',
  'Relais numérique (Emmaüs Connect)',
] as const;

export const FORMATIONS_LABELS = [
  'Formé à « Mon Espace Santé »',
  'Formé à « DUPLEX » (illettrisme)',
  'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
  'Collectif ressources et acteurs réemploi (Normandie)',
  // The official pattern has no space before the parenthesis (the description has one): we accept both
  // and store the pattern's spelling.
  'Étapes numériques(La Poste)',
  'Fabriques de Territoire',
  'Les Éclaireurs du numérique (Drôme)',
  'Mes Papiers (Métropole de Lyon)',
  'ORDI 3.0',
  'SUD LABS (PACA)',
] as const;

export const MODALITES_ACCES = [
  'Se présenter',
  'Téléphoner',
  'Contacter par mail',
  'Prendre un RDV en ligne',
  "Ce lieu n'accueille pas de public",
  'Envoyer un mail avec une fiche de prescription',
] as const;

export const MODALITES_ACCOMPAGNEMENT = [
  'En autonomie',
  'Accompagnement individuel',
  'Dans un atelier collectif',
  'À distance',
] as const;

export const ITINERANCE = ['Itinérant', 'Fixe'] as const;

/**
 * Other spellings seen in the schema's own descriptions and in producers' files, mapped to the
 * canonical value. Keys are compared after `cleEnumeration`.
 */
export const ALIAS: Record<string, string> = {
  'comprehension du monde numerique': 'Compréhension du monde numérique',
  'etapes numeriques (la poste)': 'Étapes numériques(La Poste)',
  'dans un atelier collectif : j apprends collectivement a utiliser le numerique':
    'Dans un atelier collectif',
  'a distance (par telephone ou en visioconference)': 'À distance',
  'bibliotheques numeriques de reference': 'Bibliothèques numérique de référence',
  'conseiller numerique': 'Conseillers numériques',
  'conseillers numeriques france services': 'Conseillers numériques',
  'la croix-rouge': 'La Croix Rouge',
  'promeneur du net': 'Promeneurs du net',
};

/** Case-, accent-, apostrophe- and space-insensitive key used to recognise a vocabulary value. */
export function cleEnumeration(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*\(\s*/g, ' (')
    .replace(/\s*\)/g, ')')
    .trim();
}

/** A lookup from normalised key to canonical value, aliases included. */
export function indexEnumeration(valeurs: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const v of valeurs) index.set(cleEnumeration(v), v);
  for (const [alias, v] of Object.entries(ALIAS)) {
    if (valeurs.includes(v)) index.set(cleEnumeration(alias), v);
  }
  return index;
}
