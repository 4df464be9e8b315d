import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';

interface CommuneApi {
  code: string;
  nom: string;
  codesPostaux: string[];
  departement: string;
  region: string;
  population: number | null;
  departementNom: string;
  libelle: string;
}

describe('API des communes et des départements', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const chercher = async (q: string, limit?: number): Promise<CommuneApi[]> => {
    const params = new URLSearchParams({ q, ...(limit ? { limit: String(limit) } : {}) });
    const res = await t.app.inject(`/api/v1/communes?${params}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { data: CommuneApi[] }).data;
  };

  it('met Saint-Étienne (42218) en premier quelle que soit l’écriture', async () => {
    for (const q of ['saint etienne', 'st etienne', 'SAINT-ÉTIENNE', 'Saint-Etienne', 'St-Étienne']) {
      const data = await chercher(q);
      expect(data[0]?.code, q).toBe('42218');
      expect(data.length, q).toBe(10);
      // Then communes whose name starts with it, the most populated first.
      expect(data[1]?.nom, q).toMatch(/^Saint-Étienne-/);
      const populations = data.slice(1).map((c) => c.population ?? -1);
      expect(populations, q).toEqual([...populations].sort((a, b) => b - a));
    }
  });

  it('trouve Laon par son nom, son code postal, son libellé et son code INSEE', async () => {
    expect((await chercher('laon'))[0]?.code).toBe('02408');
    expect((await chercher('LAON'))[0]?.code).toBe('02408');
    expect((await chercher('Laon (02000)'))[0]?.code).toBe('02408');
    expect((await chercher('02408'))[0]?.code).toBe('02408');
    const parCodePostal = await chercher('02000', 50);
    expect(parCodePostal[0]?.code).toBe('02408');
    expect(parCodePostal.length).toBe(25);
    for (const c of parCodePostal) expect(c.codesPostaux).toContain('02000');
  });

  it('range le nom exact, puis les préfixes, puis les noms proches', async () => {
    const data = await chercher('laon');
    expect(data.map((c) => c.nom).slice(0, 2)).toEqual(['Laon', 'Laons']);
    const proches = data.slice(2).map((c) => c.nom);
    expect(proches.length).toBeGreaterThan(0);
    for (const nom of proches) expect(nom.toLowerCase()).toContain('laon');
  });

  it('trouve Paris par un code postal d’arrondissement et les communes d’un début de code postal', async () => {
    const paris = await chercher('75011');
    expect(paris.map((c) => c.code)).toEqual(['75056']);
    const debut = await chercher('020', 20);
    expect(debut.length).toBe(20);
    for (const c of debut) expect(c.codesPostaux.some((p) => p.startsWith('020'))).toBe(true);
    expect(debut[0]?.code).toBe('02408');
  });

  it('tolère les fautes de frappe et les mots à l’intérieur du nom', async () => {
    expect((await chercher('sant etiene')).map((c) => c.code)).toContain('42218');
    expect((await chercher('sant etiene'))[0]?.code).toBe('42218');
    expect((await chercher('marseile'))[0]?.code).toBe('13055');
    expect((await chercher('etienne'))[0]?.code).toBe('42218');
    expect(await chercher('zzzzqqqq')).toEqual([]);
  });

  it('propose d’abord la commune du code postal, puis celle du code INSEE identique', async () => {
    const data = await chercher('13001');
    expect(data.map((c) => c.code)).toEqual(['13055', '13001']);
    expect((await chercher('2a004'))[0]?.nom).toBe('Ajaccio');
  });

  it('répond avec la forme documentée', async () => {
    const res = await t.app.inject('/api/v1/communes?q=laon&limit=3');
    expect(res.headers['content-type']).toContain('application/json');
    const body = res.json() as { data: CommuneApi[] };
    expect(body.data).toHaveLength(3);
    expect(body.data[0]).toEqual({
      code: '02408',
      nom: 'Laon',
      codesPostaux: ['02000'],
      departement: '02',
      region: '32',
      population: expect.any(Number),
      departementNom: 'Aisne',
      libelle: 'Laon (02000)',
    });
  });

  it.each([
    ['', 'q'],
    ['q=', 'q'],
    ['q=%20%20', 'q'],
    [`q=${'a'.repeat(101)}`, 'q'],
    ['q=laon&limit=0', 'limit'],
    ['q=laon&limit=51', 'limit'],
    ['q=laon&limit=abc', 'limit'],
    ['q=laon&limit=2.5', 'limit'],
  ])('refuse « %s » par un problème 400 en français', async (query, champ) => {
    const res = await t.app.inject(`/api/v1/communes?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json() as { code: string; detail: string; errors: { field: string; message: string }[] };
    expect(body.code).toBe('requete_invalide');
    expect(body.errors.map((e) => e.field)).toEqual([champ]);
    // The French message written in the schema, not zod's English default.
    expect(body.errors[0]?.message).toMatch(new RegExp(`^Le paramètre ${champ} `));
    expect(body.detail).toContain(body.errors[0]!.message);
  });

  it('donne une commune avec sa région et son EPCI, ou 404', async () => {
    const res = await t.app.inject('/api/v1/communes/02408');
    expect(res.statusCode).toBe(200);
    const laon = res.json();
    expect(laon.nom).toBe('Laon');
    expect(laon.regionNom).toBe('Hauts-de-France');
    expect(laon.epci.nom).toMatch(/Pays de Laon/);
    const inconnue = await t.app.inject('/api/v1/communes/99999');
    expect(inconnue.statusCode).toBe(404);
    expect(inconnue.headers['content-type']).toContain('application/problem+json');
    expect(inconnue.json().code).toBe('commune_introuvable');
  });

  it('liste les 101 départements dans l’ordre, et les collectivités d’outre-mer sur demande', async () => {
    const res = await t.app.inject('/api/v1/departements');
    expect(res.statusCode).toBe(200);
    const data = (res.json() as { data: { code: string; nom: string; region: string; zone: string }[] }).data;
    expect(data).toHaveLength(101);
    const codes = data.map((d) => d.code);
    expect(codes.slice(0, 2)).toEqual(['01', '02']);
    expect(codes.slice(codes.indexOf('19'), codes.indexOf('19') + 4)).toEqual(['19', '2A', '2B', '21']);
    expect(codes.at(-1)).toBe('976');
    expect(data.find((d) => d.code === '02')).toMatchObject({ nom: 'Aisne', region: '32', zone: 'metro' });
    expect(data.find((d) => d.code === '974')?.zone).toBe('drom');
    expect(data.some((d) => d.zone === 'com')).toBe(false);

    const avecCom = (await t.app.inject('/api/v1/departements?inclure_com=1')).json() as {
      data: { code: string; zone: string }[];
    };
    expect(avecCom.data.length).toBeGreaterThan(101);
    expect(avecCom.data.find((d) => d.code === '975')?.zone).toBe('com');

    const invalide = await t.app.inject('/api/v1/departements?inclure_com=peut-etre');
    expect(invalide.statusCode).toBe(400);
    expect(invalide.json().code).toBe('requete_invalide');
  });

  it('décrit ces routes dans le document OpenAPI', async () => {
    const doc = t.app.swagger() as {
      paths: Record<string, Record<string, { tags?: string[]; parameters?: { name: string }[] }>>;
    };
    const communes = doc.paths['/api/v1/communes']?.get;
    expect(communes?.tags).toEqual(['Territoires']);
    expect(communes?.parameters?.map((p) => p.name).sort()).toEqual(['limit', 'q']);
    expect(doc.paths['/api/v1/departements']?.get?.tags).toEqual(['Territoires']);
    expect(doc.paths['/api/v1/communes/{code}']?.get).toBeDefined();
  });
});
