import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { communes, evenementsAudit } from '../../../db/schema/index.ts';
import type { UserActor } from '../../../platform/auth/actor.ts';
import { systemContext } from '../../../platform/context.ts';
import { deriverCentresDepuisCli, importerCentresDepuisCli } from '../cli.ts';
import { chargerCentresDemo } from './chargement-centres-demo.ts';
import { deriverCentres } from './deriver-centres.ts';
import { importerCentres } from './importer-centres.ts';
import { centreCommune, centresCommunes } from './index.ts';
import { CENTRES_DEMO } from './referentiel-demo.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const CSV = path.join(ROOT, 'tests/fixtures/territoires/centres-la-poste.csv');
const GEOJSON = path.join(ROOT, 'tests/fixtures/territoires/centres-communes.geojson');

async function lignes<T>(t: TestContext, requete: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.deps.db.execute(requete)) as unknown as { rows: T[] }).rows;
}

async function dernierAudit(t: TestContext, action: string) {
  const [e] = await t.deps.db
    .select()
    .from(evenementsAudit)
    .where(eq(evenementsAudit.action, action))
    .orderBy(desc(evenementsAudit.survenuLe))
    .limit(1);
  return e;
}

describe('centres des communes', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('la base de test (mode démo) contient les centres de démonstration, dont Laon et Amiens', async () => {
    expect(await centreCommune(t.deps.db, '02408')).toEqual({
      latitude: 49.5641,
      longitude: 3.62,
      source: 'demo',
    });
    expect(await centreCommune(t.deps.db, '80021')).toEqual({
      latitude: 49.8942,
      longitude: 2.2958,
      source: 'demo',
    });
    const [n] = await lignes<{ n: number | string }>(
      t,
      sql`select count(*) as n from communes where centre_source = 'demo'`,
    );
    expect(Number(n!.n)).toBe(CENTRES_DEMO.length);
    // No other source, and no half-set centre.
    const [incoherents] = await lignes<{ n: number | string }>(
      t,
      sql`select count(*) as n from communes where (centre_source is null) <> (latitude is null)
          or (latitude is null) <> (longitude is null) or centre_source <> 'demo'`,
    );
    expect(Number(incoherents!.n)).toBe(0);
  });

  it('recharger la démonstration ne réécrit rien', async () => {
    expect(await chargerCentresDemo(t.deps.db)).toEqual({ ecrits: 0 });
  });

  it('centresCommunes rend les centres connus et ignore les communes sans centre ou inconnues', async () => {
    const m = await centresCommunes(t.deps.db, ['02408', '80021', '02408', '01001', '99999', ' 59350 ']);
    expect([...m.keys()].sort()).toEqual(['02408', '59350', '80021']);
    expect(m.get('59350')?.source).toBe('demo');
    expect(await centreCommune(t.deps.db, '01001')).toBeNull();
    expect(await centreCommune(t.deps.db, '99999')).toBeNull();
    expect((await centresCommunes(t.deps.db, [])).size).toBe(0);
  });

  it('l’API d’une commune donne son centre quand il est connu, et pas autrement', async () => {
    const laon = (await t.app.inject('/api/v1/communes/02408')).json();
    expect(laon).toMatchObject({ code: '02408', latitude: 49.5641, longitude: 3.62, centreSource: 'demo' });
    const sans = await t.app.inject('/api/v1/communes/01001');
    expect(sans.statusCode).toBe(200);
    expect(sans.json()).not.toHaveProperty('latitude');
    expect(sans.json()).not.toHaveProperty('centreSource');
  });

  it('simule l’import du CSV de La Poste (Latin-1, « ; ») sans rien écrire', async () => {
    const rapport = await importerCentresDepuisCli(t.deps, CSV, { dryRun: true });
    const texte = rapport.join('\n');
    expect(texte).toContain('simulation : rien n’a été enregistré');
    expect(texte).toMatch(/Communes importées +: 5 \(à importer\)/);
    expect(await centreCommune(t.deps.db, '29019')).toBeNull();
    expect((await centreCommune(t.deps.db, '02408'))?.source).toBe('demo');
  });

  it('importe le CSV : cinq communes, les mauvaises lignes rapportées avec leur raison, audité', async () => {
    const r = await importerCentres(systemContext(t.deps), {
      fichier: 'centres-la-poste.csv',
      contenu: readFileSync(CSV),
      simulation: false,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const x = r.value;
    expect(x.description).toContain('Latin-1');
    expect(x.lignes).toBe(13);
    expect(x.importes).toBe(5);
    expect(x.inchanges).toBe(0);
    expect(x.remplaces).toEqual({ demo: 1, derive: 0 });
    expect(x.doublons).toBe(2);
    expect(x.rejets.map((j) => [j.ligne, j.code, j.raison])).toEqual([
      [9, '99999', 'commune inconnue du Code officiel géographique chargé (ancienne commune ou code erroné)'],
      [
        10,
        '35238',
        'latitude et longitude inversées (le point inversé tombe en France métropolitaine et Corse)',
      ],
      [11, '13055', 'position hors de France métropolitaine et Corse'],
      [12, '44109', 'coordonnées absentes ou illisibles'],
      [13, 'ABCDE', 'code INSEE invalide'],
      [14, '63113', 'coordonnées absentes ou illisibles'],
    ]);
    // La Poste's ligne_5 rows (hamlets) lose to the commune's own row.
    expect(await centreCommune(t.deps.db, '02408')).toEqual({
      latitude: 49.5644,
      longitude: 3.6208,
      source: 'import',
    });
    expect(await centreCommune(t.deps.db, '29019')).toEqual({
      latitude: 48.3904,
      longitude: -4.4861,
      source: 'import',
    });
    expect((await centreCommune(t.deps.db, '2A004'))?.source).toBe('import');
    expect((await centreCommune(t.deps.db, '97411'))?.latitude).toBe(-20.8823);
    expect(await centreCommune(t.deps.db, '35238')).toBeNull();
    expect((await centreCommune(t.deps.db, '13055'))?.source).toBe('demo');

    const audit = await dernierAudit(t, 'territoires.centres_importes');
    expect(audit).toMatchObject({ acteurId: null, acteurEmail: null, entiteType: 'communes' });
    expect(audit?.details).toMatchObject({
      source: 'cli',
      fichier: 'centres-la-poste.csv',
      importes: 5,
      rejetes: 6,
    });
  });

  it('est idempotent : le même fichier ne change plus rien, et la démonstration ne l’écrase pas', async () => {
    const avant = await t.deps.db.select({ n: sql<number>`count(*)` }).from(evenementsAudit);
    const lignesRapport = await importerCentresDepuisCli(t.deps, CSV, {});
    expect(lignesRapport.join('\n')).toMatch(/Communes importées +: 0\n/);
    expect(lignesRapport.join('\n')).toMatch(/Communes inchangées +: 5/);
    const apres = await t.deps.db.select({ n: sql<number>`count(*)` }).from(evenementsAudit);
    // Each run is audited, even when it changes nothing (someone ran it).
    expect(Number(apres[0]!.n)).toBe(Number(avant[0]!.n) + 1);
    await chargerCentresDemo(t.deps.db);
    expect((await centreCommune(t.deps.db, '02408'))?.source).toBe('import');
  });

  it('importe un GeoJSON : centroïde du plus grand polygone, points, rejets', async () => {
    const r = await importerCentres(systemContext(t.deps), {
      fichier: 'centres-communes.geojson',
      contenu: readFileSync(GEOJSON),
      simulation: false,
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({
      format: 'geojson',
      lignes: 9,
      importes: 5,
      remplaces: { demo: 4, derive: 0 },
    });
    expect(r.value.rejets.map((j) => [j.ligne, j.code])).toEqual([
      [6, '99999'],
      [7, '06088'],
      [8, null],
      [9, '21231'],
    ]);
    const amiens = (await centreCommune(t.deps.db, '80021'))!;
    expect(amiens.source).toBe('import');
    expect(amiens.latitude).toBeGreaterThan(49.88);
    expect(amiens.latitude).toBeLessThan(49.91);
    expect(amiens.longitude).toBeGreaterThan(2.28);
    expect(amiens.longitude).toBeLessThan(2.31);
    // Basse-Terre: the islet (second polygon) does not pull the centre.
    const basseTerre = (await centreCommune(t.deps.db, '97105'))!;
    expect(basseTerre.longitude).toBeLessThan(-61.71);
    expect(basseTerre.latitude).toBeGreaterThan(15.99);
    expect(await centreCommune(t.deps.db, '69123')).toEqual({
      latitude: 45.7675,
      longitude: 4.8357,
      source: 'import',
    });
  });

  it('lit un GeoJSON compressé en gzip, et le reconnaît inchangé', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'centres-'));
    const gz = path.join(dir, 'communes.geojson.gz');
    writeFileSync(gz, gzipSync(readFileSync(GEOJSON)));
    const rapport = (await importerCentresDepuisCli(t.deps, gz, {})).join('\n');
    expect(rapport).toMatch(/Communes importées +: 0\n/);
    expect(rapport).toMatch(/Communes inchangées +: 5/);
  });

  it('refuse clairement un fichier absent ou illisible', async () => {
    await expect(importerCentresDepuisCli(t.deps, '/nulle/part.csv', {})).rejects.toThrow(
      'Fichier introuvable : /nulle/part.csv',
    );
    const r = await importerCentres(systemContext(t.deps), {
      fichier: 'x.csv',
      contenu: new TextEncoder().encode('nom;population\nLaon;25000\n'),
      simulation: false,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'fichier_illisible' } });
  });

  it('dérive le centre d’une commune sans centre de ses lieux et structures, sans toucher aux autres', async () => {
    const lieu = async (code: string, lat: number, lon: number, fusionneDans: string | null = null) => {
      const [row] = await lignes<{ id: string }>(
        t,
        sql`insert into lieux (pivot, nom, commune, code_postal, code_insee, adresse, latitude, longitude, date_maj, fusionne_dans)
            values ('00000000000000', 'Lieu de test', 'Test', '01500', ${code}, '1 rue de test', ${lat}, ${lon},
                    '2021-03-01', ${fusionneDans}) returning id`,
      );
      return row!.id;
    };
    const garde = await lieu('01004', 45.9581, 5.3572);
    await lieu('01004', 45.96, 5.36);
    await lieu('01004', 45.955, 5.355);
    // Merged duplicates and impossible positions do not count.
    await lieu('01004', 46.2, 5.6, garde);
    await lieu('01004', -20.88, 55.45);
    // A far place in Laon (imported centre) changes nothing there.
    await lieu('02408', 49.9, 3.9);
    await t.deps.db.execute(
      sql`insert into structures (nom, type, departement_code, commune_code, latitude, longitude)
          values ('Structure de test', 'COMMUNE', '01', '01004', 45.9575, 5.359)`,
    );

    const rapport = await deriverCentresDepuisCli(t.deps);
    expect(rapport.join('\n')).toMatch(/Centres écrits +: 1\n/);
    expect(await centreCommune(t.deps.db, '01004')).toEqual({
      latitude: 45.9578,
      longitude: 5.3581,
      source: 'derive',
    });
    expect(await centreCommune(t.deps.db, '02408')).toEqual({
      latitude: 49.5644,
      longitude: 3.6208,
      source: 'import',
    });
    const audit = await dernierAudit(t, 'territoires.centres_derives');
    expect(audit?.details).toMatchObject({ source: 'cli', ecrits: 1, effaces: 0 });

    // Idempotent: nothing to write the second time, and nothing audited.
    const encore = await deriverCentres(systemContext(t.deps));
    expect(encore).toMatchObject({ ok: true, value: { ecrits: 0, effaces: 0, communes: 1 } });

    // An import wins over a derived centre; the demo too.
    await t.deps.db.execute(sql`delete from lieux where code_insee = '01004'`);
    await t.deps.db.execute(sql`delete from structures where commune_code = '01004'`);
    const efface = await deriverCentres(systemContext(t.deps), { source: 'tache' });
    expect(efface).toMatchObject({ ok: true, value: { ecrits: 0, effaces: 1 } });
    expect(await centreCommune(t.deps.db, '01004')).toBeNull();
    expect((await dernierAudit(t, 'territoires.centres_derives'))?.details).toMatchObject({
      source: 'tache',
    });
    const [ambérieu] = await t.deps.db
      .select({ s: communes.centreSource })
      .from(communes)
      .where(eq(communes.code, '01004'));
    expect(ambérieu?.s).toBeNull();
  });

  it('refuse l’import et le calcul à une personne qui n’est pas de l’ANCT', async () => {
    const structure = {
      kind: 'user',
      userId: '00000000-0000-0000-0000-000000000001',
      email: 'x@exemple.fr',
      active: { role: 'structure' },
    } as unknown as UserActor;
    const r = await importerCentres(contexteDe(t.deps, structure), {
      fichier: 'x.csv',
      contenu: readFileSync(CSV),
      simulation: false,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse', status: 403 } });
    expect(await deriverCentres(contexteDe(t.deps, structure))).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
  });

  it('les commandes sont enregistrées dans le binaire', () => {
    const aide = execFileSync(
      process.execPath,
      [path.join(ROOT, 'bin/maillage.mjs'), 'territoires', '--help'],
      {
        env: { ...process.env, LOG_LEVEL: 'silent' },
      },
    ).toString();
    expect(aide).toContain('import-centres');
    expect(aide).toContain('deriver-centres');
  });
});
