import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { systemContext } from '../../../platform/context.ts';
import { rapportTexte } from './cli.ts';
import { importerHistoriqueCra } from './importer-cra.ts';
import { historiqueCra } from './queries.ts';

const racine = path.resolve(import.meta.dirname, '../../../..');
const FICHIER = path.join(
  path.resolve(racine, '../shared'),
  'data/france-numerique-ensemble/conum_departement-cras.json',
);
const present = existsSync(FICHIER);

const ligne = (departement: string, extra: Record<string, unknown> = {}) => ({
  departement,
  usagers: 100,
  accompagnements: 150,
  themes: { equipementInformatique: 10, courriel: 5, autre: 2 },
  statut: { retraite: 60, enEmploi: 40 },
  accompagnement: { individuel: 80, atelier: 20, redirection: 3 },
  activite: { collectif: 10, ponctuel: 20, individuel: 70 },
  moins12ans: 1,
  de12a18ans: 2,
  de18a35ans: 10,
  de35a60ans: 30,
  plus60ans: 57,
  ...extra,
});

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('historique des comptes rendus d’activité', () => {
  it('valide chaque ligne (département inconnu, nombres mal formés, thème inconnu), importe les autres et les rapproche des thématiques actuelles', async () => {
    const dossier = mkdtempSync(path.join(tmpdir(), 'cra-'));
    const fichier = path.join(dossier, 'cra.json');
    writeFileSync(
      fichier,
      JSON.stringify([
        ligne('02'),
        ligne('80', { usagers: 40, accompagnements: 50 }),
        ligne('99'),
        ligne('59', { usagers: '12' }),
        ligne('62', { themes: { cuisine: 3 } }),
        ligne('60', { statut: { retraite: -1 } }),
        ligne('02'),
        42,
      ]),
    );
    const r = await importerHistoriqueCra(systemContext(t.deps), readFileSync(fichier, 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ lues: 8, importees: 2 });
    expect(r.value.rejets.map((x) => [x.position, x.departement])).toEqual([
      [3, '99'],
      [4, '59'],
      [5, '62'],
      [6, '60'],
      [7, '02'],
      [8, null],
    ]);
    expect(r.value.rejets[0]!.raison).toBe('Département inconnu : « 99 ».');
    expect(r.value.rejets[1]!.raison).toContain('nombre entier');
    expect(r.value.rejets[2]!.raison).toContain('cuisine');
    const texte = rapportTexte(fichier, r.value);
    expect(texte).toContain('Importées       : 2');
    expect(texte).toContain('ligne 3 (département 99) : Département inconnu');

    const h = await historiqueCra(t.deps.db);
    expect(h.total).toMatchObject({ usagers: 140, accompagnements: 200 });
    // equipementInformatique maps to two current themes: counted for both.
    expect(h.total.themesActuels).toMatchObject({
      prendre_en_main_du_materiel: 20,
      gere_ses_contenus_numeriques: 20,
      email: 10,
    });
    expect((await historiqueCra(t.deps.db, '80')).total.usagers).toBe(40);
  });

  it('un fichier mal formé n’écrit rien et garde l’import précédent ; réimporter remplace', async () => {
    const ctx = systemContext(t.deps);
    const casse = await importerHistoriqueCra(ctx, '[{"departement": "02", ');
    expect(!casse.ok && casse.error.code).toBe('fichier_illisible');
    expect(!casse.ok && casse.error.message).toContain('rien n’a été importé');
    const objet = await importerHistoriqueCra(ctx, '{"departement": "02"}');
    expect(!objet.ok && objet.error.code).toBe('fichier_illisible');
    expect((await historiqueCra(t.deps.db)).departements).toHaveLength(2);

    const r = await importerHistoriqueCra(ctx, JSON.stringify([ligne('02', { usagers: 7 })]));
    expect(r.ok).toBe(true);
    const h = await historiqueCra(t.deps.db);
    expect(h.departements.map((d) => [d.departementCode, d.usagers])).toEqual([['02', 7]]);
  });

  it('la page publique : totaux, tableau triable, correspondance des thèmes, note', async () => {
    await importerHistoriqueCra(
      systemContext(t.deps),
      JSON.stringify([
        ligne('02', { usagers: 7 }),
        ligne('80', { usagers: 900 }),
        ligne('2A', { usagers: 50 }),
      ]),
    );
    const res = await t.app.inject('/statistiques/activite/historique?tri=usagers&ordre=desc');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('agrégats par département des anciens comptes rendus');
    expect(html).toContain('compte pour chacune');
    const ordre = ['(80)', '(2A)', '(02)'].map((c) => html.indexOf(c));
    expect(ordre).toEqual([...ordre].sort((a, b) => a - b));
    expect(html).toContain('Équipement informatique');
    expect(html).toContain('Prendre en main du matériel, Gérer ses contenus numériques');
    const parCode = (await t.app.inject('/statistiques/activite/historique?tri=nimporte')).body;
    expect(parCode.indexOf('(02)')).toBeLessThan(parCode.indexOf('(2A)'));
    expect(parCode.indexOf('(2A)')).toBeLessThan(parCode.indexOf('(80)'));
  });

  it.skipIf(!present)('importe le vrai fichier des départements sans rejet', async () => {
    const r = await importerHistoriqueCra(systemContext(t.deps), readFileSync(FICHIER, 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rejets).toEqual([]);
    expect(r.value.importees).toBe(r.value.lues);
    const h = await historiqueCra(t.deps.db);
    expect(h.total.usagers).toBeGreaterThan(1_000_000);
  });
});
