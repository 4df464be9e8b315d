import type { FastifyInstance } from 'fastify';
import { toursEquitables } from '../boucle/tours-equitables.ts';

/** Never queued: a proxy or an orchestrator must see a busy server as alive. */
const SANS_FILE = new Set(['/healthz']);

/**
 * Each request waits for its turn of the event loop before anything of it runs (see
 * `platform/boucle/tours-equitables.ts`). Must be the first `onRequest` hook.
 */
export function installerToursEquitables(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (SANS_FILE.has(request.url)) return done();
    toursEquitables.attendreSonTour().then(() => done());
  });
}
