/** The audit actions this feature writes, with their French label for the journal. */
export const AUDIT_ACTIONS = {
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
} as const satisfies Record<string, string>;

/** The entity types its events name. */
export const AUDIT_ENTITES: Record<string, string> = {
  utilisateur: 'Utilisateur',
  adhesion: 'Rôle',
  invitation: 'Invitation',
};

declare module '../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS, true> {}
}
