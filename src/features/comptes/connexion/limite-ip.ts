import type { FastifyInstance } from 'fastify';

/** Login-type POSTs per IP address and process (LIMITE_CONNEXIONS_IP per 5 minutes); per-account counters live in the database. */
export const limiteIp = (app: FastifyInstance) => ({
  rateLimit: { max: app.deps.config.limiteConnexionsIp, timeWindow: 5 * 60 * 1000 },
});
