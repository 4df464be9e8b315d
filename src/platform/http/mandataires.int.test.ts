import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';

const routeIp = (app: FastifyInstance) => app.get('/essai/ip', async (request) => ({ ip: request.ip }));
const ipVue = async (t: TestContext, xff: string, remoteAddress = '10.0.0.2') =>
  (await t.app.inject({ url: '/essai/ip', remoteAddress, headers: { 'x-forwarded-for': xff } })).json().ip;

let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('adresse du client derrière un mandataire inverse', () => {
  it('sans TRUST_PROXY, un X-Forwarded-For forgé ne change rien', async () => {
    t = await createTestApp({}, routeIp);
    expect(await ipVue(t, '203.0.113.9')).toBe('10.0.0.2');
  });
  it('avec un mandataire de confiance, seule l’adresse qu’il ajoute compte', async () => {
    t = await createTestApp({ TRUST_PROXY: '1' }, routeIp);
    expect(await ipVue(t, '198.51.100.7, 203.0.113.9')).toBe('203.0.113.9');
  });
  it('avec des adresses nommées, un appel venu d’ailleurs n’est pas cru', async () => {
    t = await createTestApp({ TRUST_PROXY: '10.0.0.2' }, routeIp);
    expect(await ipVue(t, '203.0.113.9')).toBe('203.0.113.9');
    expect(await ipVue(t, '203.0.113.9', '192.0.2.50')).toBe('192.0.2.50');
  });
});
