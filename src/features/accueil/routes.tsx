import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../platform/http/render.tsx';
import { HomePage } from './pages/home.tsx';

/** The public home page and the mandatory footer pages. */
export function accueilRoutes(app: FastifyInstance) {
  app.get('/', (request, reply) => sendPage(request, reply, { title: 'Accueil' }, <HomePage />));
}
