/**
 * What an API token may do. Public open-data routes need no token; a token with `lecture` identifies the
 * client. Write scopes are further limited by the token's département or structure, when it has one.
 */
export const PORTEES = {
  lecture: 'Lecture des données ouvertes (lieux, communes, statistiques publiques) en s’identifiant',
  'lieux:ecriture':
    'Créer, mettre à jour et retirer les lieux de médiation numérique de la structure du jeton',
  'activite:ecriture':
    'Enregistrer les activités (accompagnements, ateliers) des conseillers de la structure du jeton',
  'recrutement:lecture':
    'Lire les données de recrutement (structures, postes, conseillers) du périmètre du jeton',
  'statistiques:lecture':
    'Lire les statistiques d’activité (chiffres agrégés, sans personne nommée) du périmètre du jeton',
} as const;

export type Portee = keyof typeof PORTEES;
export const PORTEES_CONNUES = Object.keys(PORTEES) as Portee[];

export function isPortee(value: unknown): value is Portee {
  return typeof value === 'string' && value in PORTEES;
}

/** Token secrets: a recognisable prefix, then 32 random bytes. The stored prefix shows the first characters. */
export const LONGUEUR_PREFIXE_AFFICHE = 12;

export function prefixeAffiche(jeton: string): string {
  return jeton.slice(0, LONGUEUR_PREFIXE_AFFICHE);
}
