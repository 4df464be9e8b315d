import type { Role } from '../platform/auth/roles.ts';

export interface NavLink {
  href: string;
  label: string;
}

/** The header navigation of each active role. Features add their entries here. */
export const NAVIGATION: Record<Role | 'public', NavLink[]> = {
  public: [
    { href: '/', label: 'Accueil' },
    { href: '/lieux', label: 'Trouver un lieu' },
    { href: '/api/v1/docs', label: 'API et données ouvertes' },
  ],
  anct: [
    { href: '/espace', label: 'Tableau de bord' },
    { href: '/admin/utilisateurs', label: 'Utilisateurs' },
    { href: '/admin/jetons-api', label: 'Jetons API' },
    { href: '/admin/audit', label: 'Journal d’audit' },
    { href: '/admin/lieux/import', label: 'Import de lieux' },
    { href: '/admin/lieux/doublons', label: 'Doublons de lieux' },
    { href: '/admin/lieux/a-actualiser', label: 'Lieux à actualiser' },
    { href: '/recrutement/candidatures', label: 'Candidatures des structures' },
    { href: '/anct/comite', label: 'Comité de sélection' },
    { href: '/anct/conventions', label: 'Conventions' },
    { href: '/anct/recrutements', label: 'Recrutements' },
    { href: '/recrutement/avancement', label: 'Avancement' },
  ],
  prefecture: [
    { href: '/espace', label: 'Tableau de bord' },
    { href: '/admin/utilisateurs', label: 'Comptes du département' },
    { href: '/prefecture/tableau-de-bord', label: 'Conseillers numériques' },
    { href: '/recrutement/candidatures', label: 'Candidatures des structures' },
    { href: '/recrutement/avancement', label: 'Avancement' },
  ],
  structure: [
    { href: '/espace', label: 'Tableau de bord' },
    { href: '/structure/equipe', label: 'Équipe' },
    { href: '/structure/lieux', label: 'Nos lieux' },
    { href: '/structure/candidature', label: 'Candidature' },
    { href: '/structure/conventions', label: 'Conventions' },
    { href: '/structure/candidats', label: 'Candidats' },
    { href: '/structure/conseillers', label: 'Conseillers' },
  ],
  conseiller: [
    { href: '/espace', label: 'Tableau de bord' },
    { href: '/structure/lieux', label: 'Nos lieux' },
    { href: '/conseiller/recrutement', label: 'Mon contrat et ma formation' },
  ],
  aidant: [{ href: '/espace', label: 'Tableau de bord' }],
  candidat: [
    { href: '/espace', label: 'Tableau de bord' },
    { href: '/candidat/candidature', label: 'Ma candidature' },
    { href: '/candidat/propositions', label: 'Mes propositions' },
  ],
};
