import type { FastifyInstance } from 'fastify';
import { ROLE_LABELS, ROLES } from '../../platform/auth/roles.ts';
import type { PlanLink, PlanSection } from './pages/plan-du-site.tsx';

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
      links: app.deps.registry.sitemap.filter((p) => (!p.demoOnly || mode === 'demo') && exists(app, p.href)),
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
    const links = app.deps.registry.navigation[role].filter((l) => exists(app, l.href));
    sections.push({
      title: `Espace ${ROLE_LABELS[role]}`,
      intro: 'Accessible après connexion avec ce rôle.',
      links,
    });
  }
  sections.push({ title: 'Informations légales', links: LEGAL_PAGES });
  return sections;
}
