/** The audit actions this feature writes, with their French label for the journal. */
export const AUDIT_ACTIONS = {
  'lieu.creation': 'Lieu créé',
  'lieu.modification': 'Lieu modifié',
  'lieu.confirmation': 'Informations d’un lieu confirmées',
  'lieux.geocodage': 'Lieux sans position géocodés (par lot)',
  'lieu.signalement': 'Erreur signalée sur un lieu',
  'lieu.signalement.traitement': 'Signalement d’erreur sur un lieu clos',
  'lieu.api.creation': 'Lieu créé par l’API (logiciel de la structure)',
  'lieu.api.modification': 'Lieu mis à jour par l’API (logiciel de la structure)',
  'lieu.api.suppression': 'Lieu retiré par l’API (logiciel de la structure)',
  'lieux.import': 'Import de lieux',
  'lieux.import.simulation': 'Simulation d’import de lieux',
  'lieux.import.demande': 'Import de lieux demandé',
  'lieux.import.reprise': 'Import de lieux relancé',
  'lieux.import.annulation': 'Import de lieux annulé (lieux créés retirés)',
  'lieux.doublons.detection': 'Recherche des doublons de lieux',
  'lieux.doublon.fusion': 'Lieux en double fusionnés',
  'lieux.doublon.ecarte': 'Doublon de lieux écarté',
} as const satisfies Record<string, string>;

/** The entity types its events name. */
export const AUDIT_ENTITES: Record<string, string> = {
  lieu: 'Lieu',
  lieux_import: 'Import de lieux',
  lieux_doublons: 'Doublons de lieux',
};

declare module '../../platform/audit/audit.ts' {
  interface AuditActions extends Record<keyof typeof AUDIT_ACTIONS, true> {}
}
