import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { AccessibilitePage } from './pages/accessibilite.tsx';
import { DonneesPersonnellesPage } from './pages/donnees-personnelles.tsx';
import { HomePage } from './pages/home.tsx';
import { MentionsLegalesPage } from './pages/mentions-legales.tsx';
import { PlanDuSitePage } from './pages/plan-du-site.tsx';
import { exists, planSections } from './plan.ts';

/** The public home page and the mandatory footer pages. */
export function accueilRoutes(app: FastifyInstance) {
  const { config } = app.deps;
  const contact = { email: config.contactEmail };

  app.get('/', (request, reply) =>
    sendPage(request, reply, { title: 'Accueil' }, <HomePage available={(href) => exists(app, href)} />),
  );
  app.get('/accessibilite', (request, reply) =>
    sendPage(
      request,
      reply,
      { title: 'Déclaration d’accessibilité', breadcrumbs: [{ label: 'Déclaration d’accessibilité' }] },
      <AccessibilitePage contact={contact} baseUrl={config.baseUrl} />,
    ),
  );
  app.get('/mentions-legales', (request, reply) =>
    sendPage(
      request,
      reply,
      { title: 'Mentions légales', breadcrumbs: [{ label: 'Mentions légales' }] },
      <MentionsLegalesPage contact={contact} hebergeur={config.hebergeur} />,
    ),
  );
  app.get('/donnees-personnelles', (request, reply) =>
    sendPage(
      request,
      reply,
      { title: 'Données personnelles', breadcrumbs: [{ label: 'Données personnelles' }] },
      <DonneesPersonnellesPage
        contact={contact}
        hebergeur={config.hebergeur}
        smtp={Boolean(config.smtpUrl)}
      />,
    ),
  );
  app.get('/plan-du-site', (request, reply) =>
    sendPage(
      request,
      reply,
      { title: 'Plan du site', breadcrumbs: [{ label: 'Plan du site' }] },
      <PlanDuSitePage sections={planSections(app, config.mode)} />,
    ),
  );
}
