import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvStandard, EXEMPLE_OFFICIEL, lignesGenerees } from '../../../../tests/fixtures/lieux/standard.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { erreursTableSchema } from '../../../../tests/support/table-schema.ts';
import { lieux, lieuxProvenances } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { CHAMPS_STANDARD } from '../domain/standard/champs.ts';
import { resoudreFormat } from '../import/formats.ts';
import { importerLieux } from '../import/importer.ts';

// ../shared beside the repository (or beside the worktrees' folder).
const SCHEMA =
  ['../../../../../shared', '../../../../../../shared']
    .map((d) =>
      path.resolve(
        import.meta.dirname,
        d,
        'reference/lieux-standard/standard-mediation-num_schema_v1.0.2_main.json',
      ),
    )
    .find((f) => existsSync(f)) ?? '';

interface ChampSchema {
  name: string;
  type: string;
  constraints?: { required?: boolean; pattern?: string; maxLength?: number; unique?: boolean };
}

/** Validates a CSV against a Table Schema the way the official validator does (patterns anchored). */
function erreursSelonSchema(csv: string, champs: ChampSchema[]): string[] {
  const [entete, ...lignes] = parse(csv) as string[][];
  const erreurs: string[] = [];
  if (JSON.stringify(entete) !== JSON.stringify(champs.map((c) => c.name))) erreurs.push(`en-tête ${entete}`);
  const uniques = new Map<string, Set<string>>();
  lignes.forEach((cellules, i) => {
    champs.forEach((c, j) => {
      const v = cellules[j] ?? '';
      const ou = `ligne ${i + 2}, ${c.name} = « ${v} »`;
      if (v === '') {
        if (c.constraints?.required) erreurs.push(`${ou} : obligatoire`);
        return;
      }
      if (c.constraints?.pattern && !new RegExp(`^(?:${c.constraints.pattern})$`, 'u').test(v))
        erreurs.push(`${ou} : motif`);
      if (c.constraints?.maxLength && [...v].length > c.constraints.maxLength)
        erreurs.push(`${ou} : longueur`);
      if (c.type === 'number' && !Number.isFinite(Number(v))) erreurs.push(`${ou} : nombre`);
      if (c.type === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))))
        erreurs.push(`${ou} : date`);
      if (c.constraints?.unique) {
        const vus = uniques.get(c.name) ?? new Set();
        if (vus.has(v)) erreurs.push(`${ou} : doublon`);
        vus.add(v);
        uniques.set(c.name, vus);
      }
    });
  });
  return erreurs;
}

async function importer(t: TestContext, contenu: string, source: string) {
  const format = resoudreFormat('v1');
  if (!format.ok) throw new Error(format.message);
  const r = await importerLieux(systemContext(t.deps), {
    source,
    fichier: 'lieux.csv',
    contenu: Buffer.from(contenu),
    format: format.format,
    simulation: false,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rapport;
}

let t: TestContext;
let csv: string;
beforeAll(async () => {
  t = await createTestApp();
  const particulier = {
    ...EXEMPLE_OFFICIEL,
    id: 'particulier',
    nom: 'Lieu "entre guillemets", virgule; point-virgule',
    presentation_detail: 'Sur deux\nlignes',
    formations_labels: 'Étapes numériques (La Poste)',
    latitude: '',
    longitude: '',
  };
  await importer(t, csvStandard([EXEMPLE_OFFICIEL, particulier, ...lignesGenerees(60)]), 'export');
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/lieux.csv' });
  expect(res.statusCode).toBe(200);
  csv = res.body;
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/v1/lieux.csv', () => {
  it('gives the standard v1.0.2 columns in schema order, | inside cells, UTF-8, one row per place', async () => {
    const [entete, ...lignes] = parse(csv) as string[][];
    expect(entete).toEqual([...CHAMPS_STANDARD]);
    expect(lignes).toHaveLength(62);
    const exemple = lignes.find((l) => l[2] === 'Anonymal') as string[];
    expect(exemple[CHAMPS_STANDARD.indexOf('services')]).toBe(
      'Maîtrise des outils numériques du quotidien|Insertion professionnelle via le numérique|Loisirs et créations numériques',
    );
    expect(new Set(lignes.map((l) => l[0])).size).toBe(62);
  });

  it.skipIf(SCHEMA === '')('validates against the official schema.json', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { fields: ChampSchema[] };
    expect(schema.fields).toHaveLength(32);
    expect(erreursSelonSchema(csv, schema.fields)).toEqual([]);
    // The check can fail: a wrong value is caught.
    const faux = csv.replace('Itinérant', 'Volant');
    expect(erreursSelonSchema(faux, schema.fields)[0]).toMatch(/itinerance = « Volant » : motif/);
  });

  it('round-trips: importing the export into an empty registry then exporting gives the same rows', async () => {
    const autre = await createTestApp();
    try {
      await autre.deps.db.execute(sql`delete from lieux`);
      const rapport = await importer(autre, csv, 'export Maillage');
      expect(rapport).toMatchObject({ crees: 62, rejetes: 0 });
      expect(rapport.anomalies).toEqual([]);
      const res = await autre.app.inject({ method: 'GET', url: '/api/v1/lieux.csv' });
      const sansId = (texte: string) =>
        (parse(texte) as string[][])
          .slice(1)
          .map((l) => JSON.stringify(l.slice(1)))
          .sort();
      expect(sansId(res.body)).toEqual(sansId(csv));
    } finally {
      await autre.close();
    }
  });

  it('is linked from the public search page', async () => {
    const page = await t.app.inject({ url: '/lieux' });
    for (const f of ['csv', 'json', 'geojson']) expect(page.body).toContain(`href="/api/v1/lieux.${f}"`);
  });

  it('is documented in the OpenAPI document, with JSON and GeoJSON', () => {
    const doc = t.app.swagger() as { paths: Record<string, unknown> };
    for (const p of ['/api/v1/lieux.csv', '/api/v1/lieux.json', '/api/v1/lieux.geojson'])
      expect(doc.paths[p]).toBeDefined();
  });
});

describe('JSON and GeoJSON exports', () => {
  it('exclude merged places; GeoJSON keeps geolocated places only', async () => {
    const [a, b] = await t.deps.db
      .select({ id: lieux.id })
      .from(lieux)
      .innerJoin(lieuxProvenances, eq(lieuxProvenances.lieuId, lieux.id))
      .where(and(eq(lieuxProvenances.source, 'export'), isNotNull(lieux.latitude)))
      .limit(2);
    await t.deps.db
      .update(lieux)
      .set({ fusionneDans: a?.id })
      .where(eq(lieux.id, b?.id as string));
    try {
      const json = await t.app.inject({ method: 'GET', url: '/api/v1/lieux.json' });
      expect(json.headers['content-type']).toMatch(/application\/json/);
      const liste = json.json() as { id: string; services: string }[];
      expect(liste).toHaveLength(61);
      expect(liste.some((l) => l.id === b?.id)).toBe(false);
      expect(typeof liste[0]?.services).toBe('string');
      const geo = await t.app.inject({ method: 'GET', url: '/api/v1/lieux.geojson' });
      expect(geo.headers['content-type']).toMatch(/geo\+json/);
      const fc = geo.json() as { type: string; features: { geometry: { coordinates: number[] } }[] };
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features).toHaveLength(60);
      const departement = await t.app.inject({ method: 'GET', url: '/api/v1/lieux.json?departement=02' });
      const [attendus] = await t.deps.db
        .select({ n: sql<number>`count(*)::int` })
        .from(lieux)
        .where(and(eq(lieux.departementCode, '02'), sql`${lieux.fusionneDans} is null`));
      const dans02 = departement.json() as { code_postal: string }[];
      expect(dans02.length).toBe(attendus?.n);
      expect(dans02.length).toBeGreaterThan(10);
      expect(dans02.every((l) => l.code_postal.startsWith('02'))).toBe(true);
      const invalide = await t.app.inject({ method: 'GET', url: '/api/v1/lieux.json?departement=Aisne' });
      expect(invalide.statusCode).toBe(400);
      expect(invalide.json()).toMatchObject({ code: 'requete_invalide' });
    } finally {
      await t.deps.db
        .update(lieux)
        .set({ fusionneDans: null })
        .where(eq(lieux.id, b?.id as string));
    }
  });
});

describe.skipIf(SCHEMA === '')('independent validation with tableschema (issue 8, defect 11)', () => {
  const schema = () => JSON.parse(readFileSync(SCHEMA, 'utf8')) as { fields: ChampSchema[] };

  it('the CSV export passes the official Table Schema, and a wrong value is caught', async () => {
    expect(await erreursTableSchema(csv, schema())).toEqual([]);
    const faux = await erreursTableSchema(csv.replace('Itinérant', 'Volant'), schema());
    expect(faux.join('\n')).toMatch(
      /"Volant" does not conform to the "pattern" constraint for column "itinerance"/,
    );
  });

  it('the JSON export is the standard’s flat shape and passes the same schema', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/lieux.json' });
    const liste = res.json() as Record<string, unknown>[];
    const noms = schema().fields.map((f) => f.name);
    expect(liste).toHaveLength(62);
    for (const l of liste) {
      // Only the schema's fields, in its order; no null, no array, no empty string: absent instead.
      const cles = Object.keys(l);
      expect(cles).toEqual(noms.filter((n) => cles.includes(n)));
      for (const v of Object.values(l)) {
        expect(v === null || Array.isArray(v) || v === '').toBe(false);
        expect(['string', 'number']).toContain(typeof v);
      }
    }
    const exemple = liste.find((l) => l.nom === 'Anonymal') as Record<string, unknown>;
    expect(exemple.services).toBe(EXEMPLE_OFFICIEL.services);
    expect(exemple.courriels).toBe(EXEMPLE_OFFICIEL.courriels);
    expect(exemple.latitude).toBe(43.52609);
    const particulier = liste.find((l) => l.id !== undefined && String(l.nom).includes('guillemets'));
    expect(particulier && 'latitude' in particulier).toBe(false);
    // The values, as rows in the schema's order, through the independent validator.
    const lignes = [noms, ...liste.map((l) => noms.map((n) => (n in l ? l[n] : '')))];
    expect(await erreursTableSchema(lignes, schema())).toEqual([]);
    const faux = lignes.map((r, i) =>
      i === 1 ? r.map((v, j) => (noms[j] === 'date_maj' ? '02/04/2024' : v)) : r,
    );
    expect((await erreursTableSchema(faux, schema())).join('\n')).toMatch(/date_maj/);
  });

  it('the paginated API keeps the richer shape (arrays)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/lieux?q=Anonymal' });
    const { data } = res.json() as { data: { services: unknown }[] };
    expect(Array.isArray(data[0]?.services)).toBe(true);
  });

  it('GeoJSON properties are flat too', async () => {
    const geo = await t.app.inject({ method: 'GET', url: '/api/v1/lieux.geojson' });
    const fc = geo.json() as { features: { properties: Record<string, unknown> }[] };
    const p = fc.features.find((f) => f.properties.nom === 'Anonymal')?.properties;
    expect(p?.services).toBe(EXEMPLE_OFFICIEL.services);
    expect(Object.values(p ?? {}).some((v) => v === null || Array.isArray(v))).toBe(false);
  });
});
