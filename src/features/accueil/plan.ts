import type { FastifyInstance } from 'fastify';
import { ROLE_LABELS, ROLES } from '../../platform/auth/roles.ts';
import { NAVIGATION } from '../../ui/navigation.ts';
import type { PlanLink, PlanSection } from './pages/plan-du-site.tsx';

/** Public pages, listed only once their route exists (features are added over time). */
const PUBLIC_PAGES: (PlanLink & { demoOnly?: boolean })[] = [
  { href: '/', label: 'Accueil' },
  { href: '/connexion', label: 'Se connecter' },
  { href: '/mot-de-passe-oublie', label: 'Mot de passe oublié' },
  { href: '/lieux', label: 'Trouver un lieu de médiation numérique' },
  { href: '/candidature', label: 'Devenir conseiller numérique' },
  { href: '/structures/candidature', label: 'Demander un poste de conseiller numérique' },
  { href: '/recrutement/avancement', label: 'État d’avancement du programme conseillers numériques' },
  { href: '/api/v1/docs', label: 'Documentation de l’API' },
  { href: '/demo/courriels', label: 'Courriels envoyés (démonstration)', demoOnly: true },
];

const LEGAL_PAGES: PlanLink[] = [
  { href: '/accessibilite', label: 'Déclaration d’accessibilité' },
  { href: '/mentions-legales', label: 'Mentions légales' },
  { href: '/donnees-personnelles', label: 'Données personnelles' },
  { href: '/plan-du-site', label: 'Plan du site' },
];

export function exists(app: FastifyInstance, href: string): boolean {
  return app.hasRoute({ method: 'GET', url: href.split('?')[0] ?? href });
}

export function planSections(app: FastifyInstance, mode: 'demo' | 'production'): PlanSection[] {
  const sections: PlanSection[] = [
    {
      title: 'Pages publiques',
      links: PUBLIC_PAGES.filter((p) => (!p.demoOnly || mode === 'demo') && exists(app, p.href)),
    },
  ];
  const compte = exists(app, '/compte') ? [{ href: '/compte', label: 'Mon compte' }] : [];
  if (compte.length) {
    sections.push({
      title: 'Pour toutes les personnes connectées',
      links: compte,
    });
  }
  for (const role of ROLES) {
    const links = NAVIGATION[role].filter((l) => exists(app, l.href));
    sections.push({
      title: `Espace ${ROLE_LABELS[role]}`,
      intro: 'Accessible après connexion avec ce rôle.',
      links,
    });
  }
  sections.push({ title: 'Informations légales', links: LEGAL_PAGES });
  return sections;
}
