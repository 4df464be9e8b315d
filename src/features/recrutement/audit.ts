/** The audit actions this feature writes, with their French label for the journal. */
export const AUDIT_ACTIONS = {
  'candidature_structure.deposee': 'Candidature de structure déposée',
  'candidature_structure.modifiee': 'Candidature de structure modifiée',
  'candidature_structure.retiree': 'Candidature de structure retirée',
  'candidature_structure.corrigee': 'Statut d’une candidature de structure corrigé',
  'avis_prefecture.donne': 'Avis de la préfecture donné',
  'session_coselec.creee': 'Session du comité de sélection créée',
  'session_coselec.feuille_enregistree': 'Feuille de séance du comité enregistrée',
  'decision_coselec.enregistree': 'Décision du comité de sélection enregistrée',
  'convention.signature_deposee': 'Convention signée déposée (à vérifier)',
  'convention.signee': 'Signature de la convention validée par l’ANCT',
  'convention.signature_renvoyee': 'Convention signée renvoyée à la structure',
  'convention.resiliee': 'Convention résiliée',
  'candidat.inscrit': 'Candidature de conseiller déposée',
  'candidat.modifie': 'Candidature de conseiller modifiée',
  'candidat.retire': 'Candidature de conseiller retirée',
  'candidat.en_pause': 'Candidature de conseiller mise en pause',
  'candidat.reactive': 'Candidature de conseiller réactivée',
  'appariement.execute': 'Appariement des candidats et des structures',
  'mise_en_relation.preselection': 'Candidat présélectionné par la structure',
  'mise_en_relation.interessee': 'Intérêt de la structure pour un candidat',
  'mise_en_relation.non_interessee': 'Candidat écarté par la structure',
  'mise_en_relation.declinee': 'Proposition déclinée par le candidat',
  'recrutement.enregistre': 'Recrutement enregistré',
  'recrutement.confirme': 'Recrutement confirmé par le candidat',
  'recrutement.decline': 'Recrutement décliné par le candidat',
  'recrutement.valide': 'Recrutement validé par l’ANCT',
  'recrutement.refuse': 'Recrutement refusé par l’ANCT',
  'recrutement.renvoye': 'Recrutement renvoyé à la structure par l’ANCT',
  'recrutement.prise_de_poste': 'Prise de poste',
  'recrutement.prises_de_poste_echues': 'Prises de poste à la date du contrat',
  'recrutement.rupture': 'Rupture de contrat',
  'formation.enregistree': 'Formation enregistrée',
  'programme.parametres_modifies': 'Paramètres du programme modifiés',
  'programme.jalon_modifie': 'Jalon du programme modifié',
  'recrutement.import_structures': 'Import des structures conseillers numériques',
} as const satisfies Record<string, string>;

/** The entity types its events name. */
export const AUDIT_ENTITES: Record<string, string> = {
  candidature_structure: 'Candidature de structure',
  session_coselec: 'Session du comité de sélection',
  convention: 'Convention',
  candidat: 'Candidat conseiller numérique',
  appariement: 'Appariement',
  mise_en_relation: 'Mise en relation',
  programme: 'Programme',
  import: 'Import',
};

declare module '../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS, true> {}
}
