/** Readable French labels of the audit actions known today; others are shown by their code. */
export const LIBELLES_ACTIONS: Record<string, string> = {
  'connexion.reussie': 'Connexion réussie',
  'connexion.echec': 'Échec de connexion',
  'connexion.code_accepte': 'Code de double authentification accepté',
  'connexion.code_refuse': 'Code de double authentification refusé',
  deconnexion: 'Déconnexion',
  'session.changement_role': 'Changement de rôle actif',
  'mot_de_passe.demande_reinitialisation': 'Demande de réinitialisation du mot de passe',
  'mot_de_passe.reinitialise': 'Mot de passe réinitialisé',
  'compte.mot_de_passe_modifie': 'Mot de passe modifié',
  'compte.profil_modifie': 'Profil modifié',
  'compte.proconnect_lie': 'Compte lié à ProConnect',
  'deux_facteurs.active': 'Double authentification activée',
  'deux_facteurs.desactive': 'Double authentification désactivée',
  'utilisateur.cree': 'Compte créé',
  'utilisateur.desactive': 'Compte désactivé',
  'utilisateur.reactive': 'Compte réactivé',
  'adhesion.ajoutee': 'Rôle ajouté',
  'adhesion.retiree': 'Rôle retiré',
  'invitation.creee': 'Invitation envoyée',
  'invitation.acceptee': 'Invitation acceptée',
  'invitation.annulee': 'Invitation annulée',
  'jeton_api.cree': 'Jeton d’API créé',
  'jeton_api.revoque': 'Jeton d’API révoqué',
  'candidature_structure.deposee': 'Candidature de structure déposée',
  'candidature_structure.modifiee': 'Candidature de structure modifiée',
  'avis_prefecture.donne': 'Avis de la préfecture donné',
  'session_coselec.creee': 'Session du comité de sélection créée',
  'decision_coselec.enregistree': 'Décision du comité de sélection enregistrée',
  'convention.signee': 'Convention signée',
  'convention.resiliee': 'Convention résiliée',
};

export const LIBELLES_ENTITES: Record<string, string> = {
  utilisateur: 'Utilisateur',
  adhesion: 'Rôle',
  invitation: 'Invitation',
  jeton_api: 'Jeton d’API',
  candidature_structure: 'Candidature de structure',
  session_coselec: 'Session du comité de sélection',
  convention: 'Convention',
  structure: 'Structure',
  lieu: 'Lieu',
};

export function libelleAction(action: string): string {
  return LIBELLES_ACTIONS[action] ?? action;
}

export function libelleEntite(type: string): string {
  return LIBELLES_ENTITES[type] ?? type;
}
