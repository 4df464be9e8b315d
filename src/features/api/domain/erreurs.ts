/** Error codes every client may meet, whatever the route (route-specific codes are in each description). */
export const CODES_ERREUR_COMMUNS: { code: string; status: number; sens: string }[] = [
  {
    code: 'requete_invalide',
    status: 400,
    sens: 'Paramètre manquant ou mal formé ; le champ `errors` détaille chaque paramètre.',
  },
  {
    code: 'parametre_inconnu',
    status: 400,
    sens: 'Un paramètre de la requête n’existe pas pour cette route (faute de frappe ?) : le message donne la liste des paramètres acceptés.',
  },
  {
    code: 'authentification_requise',
    status: 401,
    sens: 'La route demande un jeton et aucun n’a été fourni.',
  },
  { code: 'jeton_invalide', status: 401, sens: 'Le jeton est inconnu, révoqué ou mal formé.' },
  {
    code: 'acces_refuse',
    status: 403,
    sens: 'Le jeton n’a pas la portée nécessaire, ou la ressource est hors de son périmètre.',
  },
  { code: 'introuvable', status: 404, sens: 'Aucune route ou ressource à cette adresse.' },
  {
    code: 'trop_de_requetes',
    status: 429,
    sens: 'Trop de requêtes en peu de temps : patientez avant de réessayer.',
  },
  { code: 'erreur_interne', status: 500, sens: 'Erreur inattendue du service ; rien n’a été enregistré.' },
];
