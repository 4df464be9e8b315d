import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { readOutbox } from '../../platform/mail/mailer.ts';
import { emailsDeDemonstration } from '../comptes/index.ts';
import { segmenterLiens } from './domain/liens.ts';
import { CourrielsPage } from './pages/courriels.tsx';

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'Europe/Paris',
});

/** Demo-only pages; in production they do not exist (404). */
export function demoRoutes(app: FastifyInstance) {
  if (app.deps.config.mode !== 'demo') return;
  const { dataDir, baseUrl } = app.deps.config;

  app.get('/demo/courriels', async (request, reply) => {
    // Only mail to demo accounts: on a demo deployment, a visitor's real account gets reset links too,
    // and this page is public.
    const tous = await readOutbox(path.join(dataDir, 'outbox'));
    const demo = await emailsDeDemonstration(
      app.deps.db,
      tous.map((m) => m.to),
    );
    const mails = tous.filter((m) => demo.has(m.to.toLowerCase()));
    return sendPage(
      request,
      reply,
      { title: 'Courriels envoyés', breadcrumbs: [{ label: 'Courriels envoyés (démonstration)' }] },
      <CourrielsPage
        masques={tous.length - mails.length}
        courriels={mails.map((m, i) => {
          const d = new Date(m.date);
          return {
            id: String(i),
            sujet: m.subject,
            destinataire: m.to,
            date: Number.isNaN(d.getTime()) ? m.date : dateFormat.format(d),
            corps: segmenterLiens(m.text, baseUrl),
          };
        })}
      />,
    );
  });
}
