import { describe, expect, it } from 'vitest';
import { telechargerCentres, URL_CENTRES_OFFICIELS } from './telecharger-centres.ts';

describe('telechargerCentres', () => {
  it('rend le contenu du fichier officiel', async () => {
    let appele = '';
    const r = await telechargerCentres({
      fetch: async (url) => {
        appele = url;
        return new Response('[{"code":"02408","mairie":{"type":"Point","coordinates":[3.62,49.56]}}]');
      },
    });
    expect(appele).toBe(URL_CENTRES_OFFICIELS);
    expect(r.ok && r.value.contenu.toString()).toContain('02408');
  });

  it('explique en français qu’il faut importer un fichier quand la machine est hors ligne', async () => {
    const r = await telechargerCentres({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('hors_ligne');
      expect(r.error.message).toContain('import-centres FICHIER');
    }
  });

  it('abandonne après le délai', async () => {
    const r = await telechargerCentres({
      delaiMs: 20,
      fetch: (_u, { signal }) =>
        new Promise((_res, rej) => signal.addEventListener('abort', () => rej(signal.reason))),
    });
    expect(!r.ok && r.error.code).toBe('delai');
  });

  it('signale une réponse en erreur sans rien rendre', async () => {
    const r = await telechargerCentres({ fetch: async () => new Response('non', { status: 503 }) });
    expect(!r.ok && r.error.message).toContain('503');
  });
});
