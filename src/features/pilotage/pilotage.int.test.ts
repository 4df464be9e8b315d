import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { evenementsAudit, lieux, pilotageIfn } from '../../db/schema/index.ts';
import { systemContext } from '../../platform/context.ts';
import { importerIfnDepuisCli } from './cli.ts';
import { couvertureTerritoire, distanceCommune } from './couverture/queries.ts';
import { recalculerCouverture } from './couverture/recalculer-couverture.ts';
import { importerIfn } from './ifn/importer-ifn.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/pilotage/ifn-communes-erreurs.csv');
// ../shared beside the repository (or beside the worktrees' folder).
const PARTAGE =
  ['../../../../shared', '../../../../../shared']
    .map((d) => path.resolve(import.meta.dirname, d, 'data/france-numerique-ensemble'))
    .find((d) => existsSync(d)) ?? '';

describe('pilotage : couverture et fragilité numérique', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('recalcule la couverture, ne refait rien si les lieux n’ont pas changé, et suit un nouveau lieu', async () => {
    const ctx = systemContext(t.deps);
    const premier = await recalculerCouverture(ctx, { force: true });
    expect(premier.ok && premier.value.recalcule).toBe(true);
    const laonAvant = await distanceCommune(t.deps.db, '02408', 'france_services');

    const inchange = await recalculerCouverture(ctx);
    expect(inchange.ok && inchange.value.recalcule).toBe(false);

    await t.deps.db.insert(lieux).values({
      pivot: '00000000000000',
      nom: 'France Services de la mairie de Laon',
      commune: 'Laon',
      codePostal: '02000',
      codeInsee: '02408',
      departementCode: '02',
      adresse: 'Place du Général Leclerc',
      latitude: 49.5641,
      longitude: 3.62,
      dateMaj: '2026-12-01',
      dispositifProgrammesNationaux: ['France Services'],
    });
    const apres = await recalculerCouverture(ctx);
    expect(apres.ok && apres.value.recalcule).toBe(true);
    expect(await distanceCommune(t.deps.db, '02408', 'france_services')).toBe(0);
    expect(laonAvant === null || (laonAvant as number) >= 0).toBe(true);

    const [fr] = (await couvertureTerritoire(t.deps.db, 'FR')).filter((r) => r.genre === 'mediation');
    expect(fr?.lieux).toBeGreaterThan(0);
    expect(fr?.population5).toBeGreaterThan(0);
    const aisne = (await couvertureTerritoire(t.deps.db, '02')).find((r) => r.genre === 'france_services');
    expect(aisne?.population5).toBeGreaterThanOrEqual(25_000);
    // A commune without centre has no distance, and is counted as such.
    expect(fr?.communesSansCentre).toBeGreaterThan(0);
  });

  it('importe l’IFN en rejetant, avec leur raison, les communes inconnues et les nombres mal formés', async () => {
    const contenu = readFileSync(FIXTURE, 'utf8');
    const r = await importerIfn(systemContext(t.deps), { fichier: 'f.csv', contenu });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.importes).toBe(3);
    expect(r.value.rejets.map((x) => [x.ligne, x.raison])).toEqual([
      [4, 'commune inconnue du COG chargé'],
      [5, 'score « sans très haut débit » mal formé (nombre de 0 à 10 attendu)'],
      [6, 'indice total mal formé (nombre de 0 à 10 attendu)'],
      [7, 'indice total absent'],
    ]);
    const [chauny] = await t.deps.db.select().from(pilotageIfn).where(eq(pilotageIfn.code, '02173'));
    expect(chauny).toMatchObject({ niveau: 'commune', sansTresHautDebit: null, total: 4.1 });

    // Idempotent: the same file twice leaves the same rows.
    await importerIfn(systemContext(t.deps), { fichier: 'f.csv', contenu });
    const [n] = await t.deps.db.select({ n: count() }).from(pilotageIfn);
    expect(n?.n).toBe(3);
    const audits = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'pilotage.ifn_importe'));
    expect(audits.length).toBe(2);
  });

  it('en mode strict, une ligne rejetée et rien n’est écrit', async () => {
    const lignes = await importerIfnDepuisCli(t.deps, FIXTURE, { strict: true });
    expect(lignes.join('\n')).toContain('import annulé');
    const r = await importerIfn(systemContext(t.deps), {
      fichier: 'x.csv',
      contenu: 'nom;code\nLaon;02408\n',
    });
    expect(!r.ok && r.error.message).toContain('colonnes manquantes');
  });

  it.skipIf(PARTAGE === '')(
    'importe les fichiers réels de France numérique ensemble',
    async () => {
      for (const [fichier, minimum] of [
        ['ifn-city-all-variation.csv', 30_000],
        ['ifn-epci-all-variation.csv', 1_000],
      ] as const) {
        const contenu = readFileSync(path.join(PARTAGE, fichier), 'utf8');
        const r = await importerIfn(systemContext(t.deps), { fichier, contenu });
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value.importes).toBeGreaterThan(minimum);
          expect(r.value.rejets.length).toBeLessThan(r.value.importes / 20);
        }
      }
    },
    120_000,
  );
});
