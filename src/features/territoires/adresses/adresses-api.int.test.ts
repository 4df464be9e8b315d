import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { demarrerFauxBan, type FauxBan } from '../../../../tests/support/faux-ban.ts';

describe('API des suggestions d’adresses (serveur local au format de la BAN)', () => {
  let t: TestContext;
  let ban: FauxBan;
  beforeAll(async () => {
    ban = await demarrerFauxBan();
    t = await createTestApp({ GEOCODAGE_URL: ban.url, GEOCODAGE_DELAI_MS: '300' });
  });
  afterAll(async () => {
    await t.close();
    await ban.close();
  });
  beforeEach(() => {
    ban.mode = 'normal';
    ban.requetes.length = 0;
  });

  it('propose les adresses, code INSEE de la commune (pas de l’arrondissement) et précision', async () => {
    const res = await t.app.inject(
      `/api/v1/adresses?${new URLSearchParams({ q: '20 avenue de Ségur Par' })}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const [a] = res.json().data;
    expect(a).toMatchObject({
      label: '20 Avenue de Ségur 75007 Paris',
      nom: '20 Avenue de Ségur',
      code_postal: '75007',
      code_insee: '75056',
      latitude: 48.8497,
      longitude: 2.3085,
      precision: 'adresse',
    });
    expect(ban.requetes[0]).toContain('autocomplete=1');
  });

  it('limite à la commune demandée', async () => {
    const res = await t.app.inject('/api/v1/adresses?q=rue+de+la+gare&commune=80021');
    expect(res.json().data.map((a: { commune: string }) => a.commune)).toEqual(['Amiens']);
    expect(ban.requetes[0]).toContain('citycode=80021');
  });

  it.each([
    ['', 'au moins 3 caractères'],
    ['ab', 'au moins 3 caractères'],
    ['a'.repeat(201), 'trop longue'],
    ['a'.repeat(1001), 'trop longue'],
    ['20 rue\u0000 de la gare', 'caractères invisibles'],
    ['20 rue\u001b de la gare', 'caractères invisibles'],
  ])('refuse « %s » par une 400 en français, sans appeler le service', async (q, message) => {
    const res = await t.app.inject(`/api/v1/adresses?${new URLSearchParams({ q })}`);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().detail).toContain(message);
    expect(ban.requetes).toHaveLength(0);
  });

  it('refuse en français un paramètre absent ou de mauvais type', async () => {
    for (const url of [
      '/api/v1/adresses',
      '/api/v1/adresses?q=rue+de+la+gare&limit=abc',
      '/api/v1/adresses?q=rue+de+la+gare&limit=50',
      '/api/v1/adresses?q=rue+de+la+gare&commune=Laon',
      '/api/v1/adresses?q=rue+de+la+gare&q=rue+de+la+poste',
    ]) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().detail, url).not.toMatch(/\b(expected|invalid|required|string|number)\b/i);
    }
  });

  it('répond 503 en français quand le service est en panne ou trop lent', async () => {
    ban.mode = 'panne';
    const res = await t.app.inject('/api/v1/adresses?q=rue+de+la+gare');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'geocodage_indisponible' });
    expect(res.json().detail).toContain('indisponibles');
    ban.mode = 'lent';
    ban.lenteurMs = 2000;
    const lent = await t.app.inject('/api/v1/adresses?q=rue+de+la+gare');
    expect(lent.statusCode).toBe(503);
  });
});

describe('API des suggestions d’adresses sans service configuré', () => {
  it('répond 503 sans rien appeler', async () => {
    const t = await createTestApp();
    try {
      const res = await t.app.inject('/api/v1/adresses?q=rue+de+la+gare');
      expect(res.statusCode).toBe(503);
      expect(res.json().code).toBe('geocodage_indisponible');
    } finally {
      await t.close();
    }
  });
});
