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
  ],
  prefecture: [
    { href: '/espace', label: 'Tableau de bord' },
    { href: '/admin/utilisateurs', label: 'Comptes du département' },
  ],
  structure: [
    { href: '/espace', label: 'Tableau de bord' },
    { href: '/structure/equipe', label: 'Équipe' },
    { href: '/structure/lieux', label: 'Nos lieux' },
  ],
  conseiller: [
    { href: '/espace', label: 'Tableau de bord' },
    { href: '/structure/lieux', label: 'Nos lieux' },
  ],
  aidant: [{ href: '/espace', label: 'Tableau de bord' }],
  candidat: [{ href: '/espace', label: 'Tableau de bord' }],
};
