import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nouveauBeneficiaire, PROFIL_ANONYME, saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';

const JOUR = new Date('2024-10-09T08:00:00Z');
let t: TestContext;
const lea = persona('conseiller').id;
const gestionnaireLaon = persona('laon').id;
const anonymes = (n: number) =>
  Array.from({ length: n }, () => ({ sorte: 'anonyme' as const, profil: PROFIL_ANONYME }));

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = JOUR;
  await seedLieuxDemo(t.deps.db, JOUR);
  const conseiller = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
  const laon = { structureId: DEMO_STRUCTURES.laon.id, conseillerId: lea };
  for (const s of [
    saisieActivite({ participants: [nouveauBeneficiaire('Jeanne', 'Martin')] }),
    saisieActivite({ date: '2024-10-08', thematiquesNumeriques: ['email'] }),
    saisieActivite({
      date: '2024-09-12',
      type: 'collectif',
      titre: 'Atelier courriel',
      participants: anonymes(12),
      dureeMinutes: 90,
    }),
  ]) {
    const r = await enregistrerActivite(conseiller, laon, s);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  // The structure manager of Laon mediates too: in the team's figures, not in Léa's.
  const gestionnaire = contexteDe(t.deps, await acteurPersona(t, 'laon'));
  const r2 = await enregistrerActivite(
    gestionnaire,
    { structureId: DEMO_STRUCTURES.laon.id, conseillerId: gestionnaireLaon },
    saisieActivite({ date: '2024-10-01' }),
  );
  if (!r2.ok) throw new Error(JSON.stringify(r2.error));
  // One activity in the Somme (80).
  const asso = contexteDe(t.deps, await acteurPersona(t, 'association'));
  const r3 = await enregistrerActivite(
    asso,
    { structureId: DEMO_STRUCTURES.association.id, conseillerId: persona('association').id },
    saisieActivite({ date: '2024-10-02', type: 'collectif', titre: 'Atelier', participants: anonymes(3) }),
  );
  if (!r3.ok) throw new Error(JSON.stringify(r3.error));
});
afterAll(() => t.close());

async function page(url: string, personaKey?: string) {
  const headers = personaKey ? { cookie: await sessionCookieFor(t, personaKey) } : {};
  return t.app.inject({ method: 'GET', url, headers });
}

/** The key-figure tiles: label → value as shown. */
function tuiles(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/fr-tile__title[^>]*>([^<]*)<\/p><p class="fr-tile__desc">([^<]*)</g))
    out[m[2]!] = m[1]!.replace(/\s/g, '');
  return out;
}

/** One row of a distribution table: [count, share]. */
function ligne(html: string, cle: string, libelle: string): [string, string] | undefined {
  const bloc = html.split(`id="repartition-${cle}"`)[1]?.split('</table>')[0] ?? '';
  const m = bloc.match(
    new RegExp(`<th scope="row">${libelle}</th><td[^>]*>([^<]*)</td><td[^>]*>([^<]*)</td>`),
  );
  return m ? [m[1]!.replace(/\s/g, ''), m[2]!.replace(/\s/g, ' ')] : undefined;
}

async function compter(requete: ReturnType<typeof sql>): Promise<number> {
  const r = await t.deps.db.execute(requete);
  return Number((r as unknown as { rows: { n: number }[] }).rows[0]!.n);
}

describe('statistiques du conseiller', () => {
  it('chaque chiffre de la page est celui qu’un recompte des enregistrements donne', async () => {
    const res = await page('/activite/statistiques', 'conseiller');
    expect(res.statusCode).toBe(200);
    const activites = await compter(
      sql`select count(*)::int as n from activites where conseiller_id = ${lea}`,
    );
    const accomp = await compter(
      sql`select count(*)::int as n from accompagnements where conseiller_id = ${lea}`,
    );
    const personnes = await compter(
      sql`select count(distinct beneficiaire_id)::int as n from accompagnements where conseiller_id = ${lea}`,
    );
    const collectifs = await compter(
      sql`select count(*)::int as n from activites where conseiller_id = ${lea} and type = 'collectif'`,
    );
    expect(activites).toBe(3);
    const v = tuiles(res.body);
    expect(v.Activités).toBe(String(activites));
    expect(v.Accompagnements).toBe(String(accomp));
    expect(v['Personnes accompagnées']).toBe(String(personnes));
    expect(ligne(res.body, 'type', 'Atelier collectif')?.[0]).toBe(String(collectifs));
    expect(ligne(res.body, 'type', 'Accompagnement individuel')?.[0]).toBe(String(activites - collectifs));
    // Shares of one distribution add up to 100.
    expect(ligne(res.body, 'type', 'Atelier collectif')?.[1]).toBe('33 %');
    expect(res.body).toContain('<bar-chart');
    expect(res.body).toContain('/dsfr/chart/DSFRChart/DSFRChart.js');
    expect(res.body).not.toContain('Jeanne');
  });

  it('filtre par période et par type', async () => {
    const res = await page(
      '/activite/statistiques?du=2024-10-01&au=2024-10-31&type=individuel',
      'conseiller',
    );
    expect(tuiles(res.body).Activités).toBe('2');
  });

  it('ne montre rien d’un autre conseiller quand on le demande, et le dit en français', async () => {
    const res = await page(`/activite/statistiques?conseillerId=${gestionnaireLaon}`, 'conseiller');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vous ne voyez que votre propre activité.');
    expect(tuiles(res.body)).toEqual({});
  });

  it('refuse des filtres mal formés sans erreur serveur', async () => {
    const res = await page('/activite/statistiques?du=2024-13-45&type=nimporte', 'conseiller');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Saisissez une date de début valide');
    expect(res.body).toContain('Choisissez un type d’activité');
  });

  it('exporte en CSV et en XLSX ce que la page montre, filtres compris', async () => {
    const csv = await page('/activite/statistiques/export.csv?type=collectif', 'conseiller');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="mes-statistiques.csv"');
    const lignes = parse(csv.body.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      relax_column_count: true,
    }) as string[][];
    expect(lignes).toContainEqual(['Type d’activité', 'Atelier collectif']);
    expect(lignes).toContainEqual(['Activités', '1']);
    expect(lignes).toContainEqual(['Accompagnements', '12']);

    const xlsx = await page('/activite/statistiques/export.xlsx', 'conseiller');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const noms = classeur.worksheets.map((w) => w.name);
    expect(noms.slice(0, 4)).toEqual(['Filtres', 'Totaux', 'Par mois', 'Par jour']);
    expect(noms).toContain('Genre');
    const totaux = classeur.getWorksheet('Totaux')!;
    expect(totaux.getRow(1).values).toEqual([undefined, 'Indicateur', 'Nombre']);
    expect(totaux.getRow(2).values).toEqual([undefined, 'Activités', 3]);
  });

  it('version imprimable : sans en-tête ni navigation, les tableaux seulement', async () => {
    const res = await page('/activite/statistiques?impression=1', 'conseiller');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('fr-header');
    expect(res.body).not.toContain('<bar-chart');
    expect(res.body).toContain('<table');
  });
});

describe('statistiques de l’équipe, de la préfecture et de l’ANCT', () => {
  it('la structure voit son équipe et peut filtrer par conseiller', async () => {
    const res = await page('/activite/statistiques', 'laon');
    expect(res.statusCode).toBe(200);
    expect(tuiles(res.body).Activités).toBe('4');
    expect(res.body).toContain('Léa Petit');
    const une = await page(`/activite/statistiques?conseillerId=${lea}`, 'laon');
    expect(tuiles(une.body).Activités).toBe('3');
  });

  it('la préfecture de la Somme ne voit rien de l’Aisne, et ne peut pas le demander', async () => {
    const res = await page('/prefecture/activite/statistiques', 'prefecture80');
    expect(res.statusCode).toBe(200);
    expect(tuiles(res.body).Activités).toBe('1');
    const autre = await page('/prefecture/activite/statistiques?departementCode=02', 'prefecture80');
    expect(autre.statusCode).toBe(400);
    expect(autre.body).toContain('Votre accès se limite au département 80.');
    expect(tuiles(autre.body)).toEqual({});
  });

  it('la préfecture filtre par structure de son département, jamais au-delà', async () => {
    const res = await page(
      `/prefecture/activite/statistiques?structureId=${DEMO_STRUCTURES.laon.id}`,
      'prefecture02',
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('name="structureId"');
    expect(tuiles(res.body).Activités).toBe('4');
    // A structure of the Somme asked by the Aisne: nothing of it (the scope still applies).
    const autre = await page(
      `/prefecture/activite/statistiques?structureId=${DEMO_STRUCTURES.association.id}`,
      'prefecture02',
    );
    expect(tuiles(autre.body).Activités).toBe('0');
    expect((await page('/statistiques/activite/02')).body).not.toContain('name="structureId"');
  });

  it('la préfecture de l’Aisne voit des chiffres agrégés, aucune personne nommée', async () => {
    const res = await page('/prefecture/activite/statistiques', 'prefecture02');
    expect(tuiles(res.body).Activités).toBe('4');
    expect(res.body).not.toContain('Jeanne');
    expect(res.body).not.toContain('Martin');
  });

  it('l’ANCT voit tout et filtre par département ; les autres rôles sont refusés', async () => {
    const res = await page('/admin/activite/statistiques?departementCode=80', 'anct');
    expect(tuiles(res.body).Activités).toBe('1');
    expect((await page('/admin/activite/statistiques', 'prefecture02')).statusCode).toBe(403);
    expect((await page('/prefecture/activite/statistiques', 'conseiller')).statusCode).toBe(403);
  });
});

describe('statistiques publiques', () => {
  it('masquent les petits nombres', async () => {
    const res = await page('/statistiques/activite');
    expect(res.statusCode).toBe(200);
    expect(tuiles(res.body).Activités).toBe('moinsde11');
    expect(res.body).toContain('Secret statistique');
    const csv = await page('/statistiques/activite/export.csv');
    expect(csv.body).toContain('Activités;moins de 11');
  });

  it('par département, et 404 pour un département inconnu', async () => {
    const res = await page('/statistiques/activite/02');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Aisne');
    // 15 accompaniments in the Aisne: shown; the small parts hidden.
    expect(tuiles(res.body).Accompagnements).toBe('15');
    expect((await page('/statistiques/activite/99')).statusCode).toBe(404);
    expect((await page(`/statistiques/activite?conseillerId=${lea}`)).statusCode).toBe(400);
  });
});
