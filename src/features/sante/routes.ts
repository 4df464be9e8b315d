import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';

/** Liveness and readiness probes for a load balancer. */
export function santeRoutes(app: FastifyInstance) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await app.deps.db.execute(sql`select 1`);
      return { status: 'ok', database: app.deps.engine };
    } catch {
      return reply.code(503).send({ status: 'indisponible', detail: 'La base de données ne répond pas.' });
    }
  });
}
