import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string, encodage?: string) =>
  t.app.inject({ url, headers: encodage ? { 'accept-encoding': encodage } : {} });

describe('compression des réponses', () => {
  it('une page HTML part en brotli ou en gzip selon le client, identique une fois décompressée', async () => {
    const brut = await get('/plan-du-site');
    expect(brut.headers['content-encoding']).toBeUndefined();
    const gz = await get('/plan-du-site', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    const br = await get('/plan-du-site', 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    const texte = (b: Buffer) => b.toString('utf8').replace(/name="_csrf" value="[^"]+"/g, '');
    expect(texte(zlib.gunzipSync(gz.rawPayload))).toBe(texte(brut.rawPayload));
    expect(texte(zlib.brotliDecompressSync(br.rawPayload))).toBe(texte(brut.rawPayload));
    expect(br.rawPayload.length).toBeLessThan(brut.rawPayload.length / 3);
  });
  it('le JSON de l’API et les feuilles de style du DSFR aussi', async () => {
    const api = await get('/api/v1/openapi.json', 'gzip');
    expect(api.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(api.rawPayload).toString('utf8')).openapi).toBe('3.1.0');
    const page = await get('/plan-du-site');
    const css = page.body.match(/href="(\/dsfr\/[^"]+\.css)"/)?.[1];
    expect(css).toBeDefined();
    const style = await get(css!, 'br');
    expect(style.statusCode).toBe(200);
    expect(style.headers['content-encoding']).toBe('br');
  });
  it('une petite réponse ne l’est pas (inutile sous 1 Ko)', async () => {
    const sante = await get('/healthz', 'gzip');
    expect(sante.statusCode).toBe(200);
    expect(sante.headers['content-encoding']).toBeUndefined();
  });
});
