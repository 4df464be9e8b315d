import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatInscrit, structureCandidate } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { avisPrefecture } from '../../../db/schema/index.ts';

describe('pages de la préfecture', () => {
  let t: TestContext;
  let p02: string;
  let aisne: Awaited<ReturnType<typeof structureCandidate>>;
  let aisneAsso: Awaited<ReturnType<typeof structureCandidate>>;
  let somme: Awaited<ReturnType<typeof structureCandidate>>;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-02-10T10:00:00Z');
    aisne = await structureCandidate(t, { nom: 'Commune de Chauny-Test', qpv: 'oui', zrr: '' });
    aisneAsso = await structureCandidate(t, {
      nom: 'Association Aisne Numérique',
      type: 'ASSOCIATION',
      qpv: 'non',
      zrr: 'on',
    });
    somme = await structureCandidate(t, {
      nom: 'Ville d’Abbeville-Test',
      communeCode: '80001',
      latitude: '50.1054',
      longitude: '1.8332',
    });
    // One candidate in the Aisne, two in the Somme: the Aisne's dashboard counts one.
    await candidatInscrit(t);
    for (const nom of ['Somme 1', 'Somme 2']) {
      await candidatInscrit(t, { nom, communeCode: '80021', latitude: '49.8941', longitude: '2.2958' });
    }
    p02 = await sessionCookieFor(t, 'prefecture02');
  });
  afterAll(() => t.close());

  it('liste les candidatures de son seul département, même si la requête en demande un autre', async () => {
    for (const url of ['/recrutement/candidatures', '/recrutement/candidatures?departement=80']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: p02 } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Commune de Chauny-Test');
      expect(res.body).not.toContain('Abbeville-Test');
      expect(res.body).toContain('département 02');
    }
  });

  it('filtre par type, QPV, ZRR et nombre de postes', async () => {
    const type = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures?type=ASSOCIATION',
      headers: { cookie: p02 },
    });
    expect(type.body).toContain('Association Aisne Numérique');
    expect(type.body).not.toContain('Commune de Chauny-Test');
    const qpv = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures?qpv=on',
      headers: { cookie: p02 },
    });
    expect(qpv.body).toContain('Commune de Chauny-Test');
    expect(qpv.body).not.toContain('Association Aisne Numérique');
    const zrr = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures?zrr=on',
      headers: { cookie: p02 },
    });
    expect(zrr.body).toContain('Association Aisne Numérique');
    expect(zrr.body).not.toContain('Commune de Chauny-Test');
    const postes = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures?postesMin=3',
      headers: { cookie: p02 },
    });
    expect(postes.body).toContain('Aucune candidature ne correspond');
  });

  it('vue carte : les points ne montrent que le département', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures?vue=carte',
      headers: { cookie: p02 },
    });
    expect(page.body).toContain('id="carte-candidatures"');
    expect(page.body).toContain('/static/recrutement-carte.js');
    // The legend, server-rendered, names every colour the points use.
    expect(page.body).toContain('Légende de la carte : statut de la candidature');
    for (const libelle of ['Déposée, non traitée', 'Validée par le comité de sélection', 'Autre statut'])
      expect(page.body).toContain(libelle);
    const couleursLegende = [...page.body.matchAll(/<circle[^>]*fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    const points = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures/points.json?departement=80',
      headers: { cookie: p02 },
    });
    const donnees = (points.json() as { data: { nom: string; couleur: string }[] }).data;
    for (const p of donnees) expect(couleursLegende).toContain(p.couleur);
    const noms = donnees.map((p) => p.nom);
    expect(noms).toContain('Commune de Chauny-Test');
    expect(noms).not.toContain('Ville d’Abbeville-Test');
  });

  it('exporte un tableur XLSX du département', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures.xlsx',
      headers: { cookie: p02 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Candidatures')!;
    expect(ws.getRow(1).getCell(2).value).toBe('Structure');
    const structures = ws.getColumn(2).values.slice(2);
    expect(structures).toContain('Commune de Chauny-Test');
    expect(structures).not.toContain('Ville d’Abbeville-Test');
    expect(new Set(ws.getColumn(1).values.slice(2))).toEqual(new Set(['02']));
    // Dates are real date cells (sortable, filterable), not text.
    const titres = (ws.getRow(1).values as unknown[]).map(String);
    expect(ws.getRow(2).getCell(titres.indexOf('Déposée le')).value).toBeInstanceOf(Date);
  });

  it('ne voit ni ne juge une candidature d’un autre département', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: `/recrutement/candidatures/${somme.candidatureId}`,
      headers: { cookie: p02 },
    });
    expect(page.statusCode).toBe(404);
    const res = await posterFormulaire(
      t,
      p02,
      '/recrutement/candidatures',
      `/recrutement/candidatures/${somme.candidatureId}/avis`,
      {
        avis: 'favorable',
        commentaire: 'Tentative hors département.',
      },
    );
    expect(res.statusCode).toBe(404);
    expect(
      await t.deps.db
        .select()
        .from(avisPrefecture)
        .where(eq(avisPrefecture.candidatureId, somme.candidatureId)),
    ).toHaveLength(0);
  });

  it('refuse un commentaire trop court avec un message en français', async () => {
    const res = await posterFormulaire(
      t,
      p02,
      `/recrutement/candidatures/${aisne.candidatureId}`,
      `/recrutement/candidatures/${aisne.candidatureId}/avis`,
      {
        avis: 'favorable',
        commentaire: 'Court',
      },
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('entre 10 et 1000 caractères');
  });

  it('enregistre un avis avec son rang, affiche l’échéance ; un avis tardif est accepté et signalé', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: `/recrutement/candidatures/${aisne.candidatureId}`,
      headers: { cookie: p02 },
    });
    expect(page.body).toContain('Échéance des avis : 19 février 2021');
    const ok = await posterFormulaire(
      t,
      p02,
      `/recrutement/candidatures/${aisne.candidatureId}`,
      `/recrutement/candidatures/${aisne.candidatureId}/avis`,
      {
        avis: 'favorable',
        commentaire: 'Projet solide, couvre deux quartiers prioritaires.',
        rangPriorite: '1',
      },
    );
    expect(ok.statusCode).toBe(303);
    t.clock.now = new Date('2021-03-01T10:00:00Z');
    // Sessions expire after 12 hours: sign in again at the new time.
    p02 = await sessionCookieFor(t, 'prefecture02');
    const tard = await posterFormulaire(
      t,
      p02,
      `/recrutement/candidatures/${aisneAsso.candidatureId}`,
      `/recrutement/candidatures/${aisneAsso.candidatureId}/avis`,
      {
        avis: 'defavorable',
        commentaire: 'Territoire déjà couvert par une autre structure.',
      },
    );
    expect(tard.statusCode).toBe(303);
    const [a] = await t.deps.db
      .select()
      .from(avisPrefecture)
      .where(eq(avisPrefecture.candidatureId, aisneAsso.candidatureId));
    expect(a).toMatchObject({ avis: 'defavorable', enRetard: true });
    const liste = await t.app.inject({
      method: 'GET',
      url: '/recrutement/candidatures',
      headers: { cookie: p02 },
    });
    expect(liste.body).toContain('Rang 1');
    expect(liste.body).toContain('En retard');
    const detail = await t.app.inject({
      method: 'GET',
      url: `/recrutement/candidatures/${aisneAsso.candidatureId}`,
      headers: { cookie: p02 },
    });
    expect(detail.body).toContain('Avis tardif');
    expect(detail.body).toContain('Elle est passée');
  });

  it('tableau de bord du département : postes, candidats, zones, concertation', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/prefecture/tableau-de-bord',
      headers: { cookie: p02 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Tableau de bord — Aisne (02)');
    expect(res.body).toContain('Quartiers prioritaires (QPV)');
    expect(res.body).toContain('postes demandés');
    expect(res.body).toMatch(/2 avis donnés \(1 favorables, 1 défavorables\), dont 1 après l’échéance/);
    expect(res.body).toMatch(
      /fr-tile__title[^>]*>1<\/p><p class="fr-tile__desc">candidats inscrits dans le département/,
    );
  });

  it('les pages de l’ANCT lui sont interdites', async () => {
    for (const url of ['/anct/comite', '/anct/programme', '/anct/conventions', '/anct/recrutements']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: p02 } });
      expect(res.statusCode).toBe(403);
    }
  });
});
