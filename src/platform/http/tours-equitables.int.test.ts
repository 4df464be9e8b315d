import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { installerToursEquitables } from './tours-equitables.ts';

/** A route that keeps the processor busy for `ms`, like a page being rendered. */
async function serveurOccupe(ms: number, equitable: boolean): Promise<FastifyInstance> {
  const app = Fastify();
  if (equitable) installerToursEquitables(app);
  app.get('/travail', async () => {
    const fin = performance.now() + ms;
    while (performance.now() < fin);
    return 'fait';
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

function demander(port: number, agent: http.Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/travail', agent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      })
      .on('error', reject);
  });
}

/**
 * 40 keep-alive clients keep the server saturated; then 30 new clients connect at once. Counts how many
 * answers the busy clients received before the last newcomer got its own.
 */
async function servisAvantLesNouveaux(app: FastifyInstance): Promise<number> {
  const port = (app.server.address() as AddressInfo).port;
  const fideles = new http.Agent({ keepAlive: true, maxSockets: 40 });
  let servis = 0;
  let arret = false;
  const clients = Array.from({ length: 40 }, async () => {
    while (!arret) {
      await demander(port, fideles);
      servis++;
    }
  });
  while (servis < 100) await new Promise((r) => setTimeout(r, 5));
  const avant = servis;
  const nouveaux = new http.Agent({ keepAlive: false });
  await Promise.all(Array.from({ length: 30 }, () => demander(port, nouveaux)));
  const pendant = servis - avant;
  arret = true;
  await Promise.all(clients);
  fideles.destroy();
  return pendant;
}

describe('tours équitables sur un serveur saturé', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('un nouveau client est accepté et servi à son tour, sans attendre que les clients déjà connectés aient fini', async () => {
    app = await serveurOccupe(3, true);
    const pendant = await servisAvantLesNouveaux(app);
    // Each newcomer waits behind at most the 40 + 30 requests in the queue, not behind hundreds of turns.
    expect(pendant).toBeLessThan(250);
  });
});
