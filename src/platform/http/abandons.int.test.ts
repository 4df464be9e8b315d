import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { sendPage } from './render.tsx';

/** A gate the test opens once the client has gone. */
function porte() {
  let ouvrir = () => {};
  const ouverte = new Promise<void>((r) => {
    ouvrir = r;
  });
  return { ouverte, ouvrir };
}

let avantHandler = porte();
let dansHandler = porte();
let handlerAtteint = porte();
let executions = 0;
let rendus = 0;

function Corps() {
  rendus++;
  return h('p', null, 'rendu');
}

function routesDeTest(app: FastifyInstance) {
  // A slow step before the handler (like a session lookup on a busy database).
  app.get('/essai/file', { onRequest: async () => avantHandler.ouverte }, async () => {
    executions++;
    return { ok: true };
  });
  // A body to read: once read, the request stream is "destroyed" while its client still waits.
  app.post('/essai/corps', { config: { csrf: false } }, async (request) => ({
    recu: (request.body as { texte?: string }).texte ?? null,
  }));
  // A slow step inside the handler, then a page to render.
  app.get('/essai/page', async (request, reply) => {
    handlerAtteint.ouvrir();
    await dansHandler.ouverte;
    return sendPage(request, reply, { title: 'Essai' }, h(Corps, {}));
  });
}

let t: TestContext;
let port = 0;
beforeAll(async () => {
  t = await createTestApp({}, routesDeTest);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});
afterAll(() => t.close());

/** Sends a GET on a raw socket; returns the socket (the caller destroys it to leave). */
function envoyer(chemin: string): Promise<net.Socket> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => {
      s.write(`GET ${chemin} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      resolve(s);
    });
  });
}

function lire(chemin: string): Promise<string> {
  return fetch(`http://127.0.0.1:${port}${chemin}`).then((r) => r.text());
}

const attendre = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('requêtes dont le client est parti', () => {
  it('une requête en attente dont le client part n’exécute pas sa route', async () => {
    avantHandler = porte();
    executions = 0;
    const avant = t.app.requetesAbandonnees();
    const sockets = await Promise.all([1, 2, 3].map(() => envoyer('/essai/file')));
    await attendre(50);
    for (const s of sockets) s.destroy();
    await attendre(50);
    avantHandler.ouvrir();
    await attendre(50);
    expect(executions).toBe(0);
    expect(t.app.requetesAbandonnees() - avant).toBe(3);
    // A client that stays gets its answer.
    expect(await lire('/essai/file')).toContain('"ok":true');
    expect(executions).toBe(1);
  });

  it('une page dont le client part pendant le travail n’est pas rendue', async () => {
    dansHandler = porte();
    handlerAtteint = porte();
    rendus = 0;
    const s = await envoyer('/essai/page');
    await handlerAtteint.ouverte;
    s.destroy();
    await attendre(50);
    dansHandler.ouvrir();
    await attendre(50);
    expect(rendus).toBe(0);
    // The same page for a client that waits is rendered.
    dansHandler = porte();
    handlerAtteint = porte();
    const reponse = lire('/essai/page');
    await handlerAtteint.ouverte;
    dansHandler.ouvrir();
    expect(await reponse).toContain('rendu');
    expect(rendus).toBe(1);
  });

  it('un client qui envoie un corps et attend reçoit sa réponse', async () => {
    const avant = t.app.requetesAbandonnees();
    const res = await fetch(`http://127.0.0.1:${port}/essai/corps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ texte: 'x'.repeat(100_000) }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { recu: string }).recu).toHaveLength(100_000);
    expect(t.app.requetesAbandonnees()).toBe(avant);
  });
});
