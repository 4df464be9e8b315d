import { eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona, sessionComite, structureCandidate } from '../../../../tests/factories/recrutement.ts';
import { cookiesOf, createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import {
  candidaturesStructures,
  conventions,
  decisionsCoselec,
  evenementsAudit,
} from '../../../db/schema/index.ts';
import { PARAMETRES_2021 } from '../domain/parametres.ts';
import { modifierParametres } from '../programme/modifier-parametres.ts';
import { totauxNationaux } from '../repo.ts';
import { donnerAvis } from './donner-avis.ts';
import { statuerSession } from './statuer-session.ts';

const parametres = (postesCibles: number) => ({
  postesCibles,
  financementPublicEur: 50_000,
  financementPriveEur: 40_000,
  enveloppeEur: PARAMETRES_2021.enveloppeEur,
  dureesContratMois: '24, 36',
});

async function texteDuPdf(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const contenu = await (await doc.getPage(i)).getTextContent();
    pages.push(contenu.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return pages
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

async function statuts(t: TestContext, ids: string[]) {
  const rows = await t.deps.db
    .select({ id: candidaturesStructures.id, statut: candidaturesStructures.statut })
    .from(candidaturesStructures)
    .where(inArray(candidaturesStructures.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.statut]));
}

describe('feuille de séance du comité et procès-verbal', () => {
  let t: TestContext;
  let anct: string;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-20T09:00:00Z');
    anct = await sessionCookieFor(t, 'anct');
  });
  afterAll(() => t.close());

  it('tout ou rien : une ligne fautive (postes, quota) n’écrit aucune décision et chaque ligne fautive est signalée', async () => {
    const a = await acteurPersona(t, 'anct');
    const ctx = contexteDe(t.deps, a);
    const [s1, s2, s3] = [
      await structureCandidate(t),
      await structureCandidate(t),
      await structureCandidate(t),
    ];
    const session = await sessionComite(t);
    const ids = [s1.candidatureId, s2.candidatureId, s3.candidatureId];

    const mauvaisPostes = await statuerSession(ctx, session.id, {
      lignes: [
        { candidatureId: s1.candidatureId, choix: 'positif', postes: '2' },
        { candidatureId: s2.candidatureId, choix: 'positif', postes: 'beaucoup' },
        { candidatureId: s3.candidatureId, choix: 'peut-être', commentaire: 'x'.repeat(1001) },
      ],
    });
    expect(mauvaisPostes.ok).toBe(false);
    if (mauvaisPostes.ok) return;
    expect(mauvaisPostes.error.code).toBe('feuille_invalide');
    expect(Object.keys(mauvaisPostes.error.fields ?? {})).toEqual([
      `postes_${s2.candidatureId}`,
      `choix_${s3.candidatureId}`,
      `commentaire_${s3.candidatureId}`,
    ]);
    expect(mauvaisPostes.error.fields?.[`postes_${s2.candidatureId}`]).toMatch(
      /^Commune test \d+ : Indiquez un nombre/,
    );
    expect(mauvaisPostes.error.message).toContain('aucune décision n’a été enregistrée');

    // The national quota leaves 3 posts: 2 + 2 is refused on the second row, and the first is undone too.
    const totaux = await totauxNationaux(t.deps.db);
    expect((await modifierParametres(ctx, parametres(totaux.postesAttribues + 3))).ok).toBe(true);
    const quota = await statuerSession(ctx, session.id, {
      lignes: [
        { candidatureId: s1.candidatureId, choix: 'positif', postes: '2' },
        { candidatureId: s2.candidatureId, choix: 'positif', postes: '2' },
      ],
    });
    expect(!quota.ok && Object.keys(quota.error.fields ?? {})).toEqual([`choix_${s2.candidatureId}`]);
    expect(!quota.ok && quota.error.fields?.[`choix_${s2.candidatureId}`]).toContain('Il reste 1 poste');
    expect(await statuts(t, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 'CREEE'])));
    const decisions = await t.deps.db
      .select()
      .from(decisionsCoselec)
      .where(inArray(decisionsCoselec.candidatureId, ids));
    expect(decisions).toEqual([]);
    expect(await t.deps.db.select().from(conventions).where(inArray(conventions.candidatureId, ids))).toEqual(
      [],
    );
    await modifierParametres(ctx, parametres(PARAMETRES_2021.postesCibles));

    // A préfecture cannot record a sheet; an empty sheet says so.
    const p02 = await acteurPersona(t, 'prefecture02');
    const refus = await statuerSession(contexteDe(t.deps, p02), session.id, {
      lignes: [{ candidatureId: s1.candidatureId, choix: 'negatif' }],
    });
    expect(!refus.ok && refus.error.status).toBe(403);
    const vide = await statuerSession(ctx, session.id, { lignes: [{ candidatureId: s1.candidatureId }] });
    expect(!vide.ok && vide.error.code).toBe('feuille_vide');

    // A row decided meanwhile (another sheet, the application's page) is refused, never made an amendment.
    const premiere = await statuerSession(ctx, session.id, {
      lignes: [{ candidatureId: s1.candidatureId, choix: 'positif', postes: '1' }],
    });
    expect(premiere.ok).toBe(true);
    const perimee = await statuerSession(ctx, session.id, {
      lignes: [
        { candidatureId: s2.candidatureId, choix: 'negatif' },
        { candidatureId: s1.candidatureId, choix: 'positif', postes: '1' },
      ],
    });
    expect(!perimee.ok && perimee.error.fields?.[`choix_${s1.candidatureId}`]).toContain(
      'le comité a déjà statué sur cette candidature (« Validée par le comité de sélection »)',
    );
    const apres = await t.deps.db
      .select()
      .from(decisionsCoselec)
      .where(inArray(decisionsCoselec.candidatureId, ids));
    expect(apres.map((d) => [d.candidatureId, d.postes])).toEqual([[s1.candidatureId, 1]]);
  });

  it('la feuille enregistre toutes les décisions d’un envoi, puis le procès-verbal se télécharge en PDF et en XLSX', async () => {
    const s1 = await structureCandidate(t, { communeCode: '80021', nom: 'Commune d’Amiens test' });
    const s2 = await structureCandidate(t, { communeCode: '80021', nom: 'Association Somme numérique' });
    const s3 = await structureCandidate(t, { communeCode: '80021', nom: 'CCAS de Somme test' });
    const p80 = await acteurPersona(t, 'prefecture80');
    const avis = await donnerAvis(contexteDe(t.deps, p80), s1.candidatureId, {
      avis: 'favorable',
      commentaire: 'Territoire prioritaire, structure solide.',
      rangPriorite: '1',
    });
    expect(avis.ok).toBe(true);
    const session = await sessionComite(t, '2021-03-31');
    const page = `/anct/comite/${session.id}/feuille?departement=80`;

    const get = await t.app.inject({ method: 'GET', url: page, headers: { cookie: anct } });
    expect(get.statusCode).toBe(200);
    expect(get.body).toContain('Commune d’Amiens test');
    expect(get.body).toContain('Territoire prioritaire, structure solide.');
    expect(get.body).toContain('Rang 1');
    expect(get.body).not.toContain('Commune test'); // département filter: the Aisne rows are not listed

    const envoyer = async (champs: [string, string][]) => {
      const f = await formSession(t, anct, page);
      const corps = new URLSearchParams([
        ['_csrf', f.csrf],
        ['dureeMois', '24'],
        ['departement', '80'],
        ...champs,
      ]);
      for (const s of [s1, s2, s3]) corps.append('candidatures', s.candidatureId);
      const res = await t.app.inject({
        method: 'POST',
        url: `/anct/comite/${session.id}/feuille`,
        headers: { cookie: f.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: corps.toString(),
      });
      return Object.assign(res, { jar: cookiesOf(res, f.cookie) });
    };

    const faux = await envoyer([
      [`choix_${s1.candidatureId}`, 'positif'],
      [`postes_${s1.candidatureId}`, '0'],
      [`choix_${s2.candidatureId}`, 'negatif'],
    ]);
    expect(faux.statusCode).toBe(422);
    expect(faux.body).toContain('Le formulaire contient une erreur');
    expect(faux.body).toContain(`href="#champ-postes_${s1.candidatureId}"`);
    expect(faux.body).toContain('Commune d’Amiens test : Indiquez un nombre de postes entre 1 et 100.');
    expect(faux.body).toContain('aria-invalid="true"');
    expect(faux.body).not.toMatch(/Expected|Invalid input|must be/);
    expect((await statuts(t, [s2.candidatureId]))[s2.candidatureId]).toBe('CREEE');

    const bon = await envoyer([
      [`choix_${s1.candidatureId}`, 'positif'],
      [`postes_${s1.candidatureId}`, '2'],
      [`commentaire_${s1.candidatureId}`, 'Deux postes pour le centre-ville.'],
      [`choix_${s2.candidatureId}`, 'negatif'],
      [`commentaire_${s2.candidatureId}`, 'Projet à préciser.'],
      [`choix_${s3.candidatureId}`, 'examen_complementaire'],
    ]);
    expect(bon.statusCode).toBe(303);
    expect(bon.headers.location).toBe(`/anct/comite/${session.id}`);
    expect(await statuts(t, [s1.candidatureId, s2.candidatureId, s3.candidatureId])).toEqual({
      [s1.candidatureId]: 'VALIDATION_COSELEC',
      [s2.candidatureId]: 'REFUS_COSELEC',
      [s3.candidatureId]: 'EXAMEN_COMPLEMENTAIRE_COSELEC',
    });
    const [conv] = await t.deps.db
      .select()
      .from(conventions)
      .where(eq(conventions.candidatureId, s1.candidatureId));
    expect(conv).toMatchObject({ postes: 2, dureeMois: 24, montantEur: 100_000 });
    const audit = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.entiteId, session.id));
    expect(audit.map((e) => e.action)).toContain('session_coselec.feuille_enregistree');
    expect(t.mailer.sent.some((m) => m.subject.startsWith('Décision du comité'))).toBe(true);

    const sessionPage = await t.app.inject({
      method: 'GET',
      url: `/anct/comite/${session.id}`,
      headers: { cookie: bon.jar },
    });
    expect(sessionPage.body).toContain('3 décisions enregistrées et 1 convention générée.');

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/anct/comite/${session.id}/proces-verbal.pdf`,
      headers: { cookie: anct },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const texte = await texteDuPdf(pdf.rawPayload);
    expect(texte).toContain(`Session n° ${session.numero} du 31/03/2021`);
    expect(texte).toContain('3 décisions : 1 avis positif, 1 avis négatif, 1 examen complémentaire.');
    expect(texte).toContain('Solde de postes attribués : 2 ; montant engagé : 100 000 €.');
    expect(texte).toContain('Commune d’Amiens test (département 80)');
    expect(texte).toContain('Avis de la préfecture : Favorable, rang 1');
    expect(texte).toContain('Commentaire : Deux postes pour le centre-ville.');
    expect([...texte].filter((ch) => ch === '\u0000' || ch === '\ufffd')).toEqual([]);
    expect(pdf.rawPayload.includes('Marianne')).toBe(true);

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/anct/comite/${session.id}/proces-verbal.xlsx`,
      headers: { cookie: anct },
    });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Décisions')!;
    expect(ws.getRow(1).getCell(2).value).toBe('Structure');
    const lignes = ws.getSheetValues().slice(2) as unknown[][];
    const parStructure = Object.fromEntries(lignes.map((l) => [l[2], l]));
    expect(parStructure['Commune d’Amiens test']?.slice(4, 11)).toEqual([
      'Favorable',
      1,
      'Décision initiale',
      'Positif',
      2,
      100_000,
      'Deux postes pour le centre-ville.',
    ]);
    expect(parStructure['Association Somme numérique']?.[7]).toBe('Négatif');
    expect(lignes).toHaveLength(3);
    const synthese = wb.getWorksheet('Synthèse')!;
    expect(synthese.getRow(4).values).toEqual([undefined, 'Décisions', 3]);
    expect(synthese.getRow(3).getCell(2).value).toBeInstanceOf(Date);

    // Only ANCT reaches the worksheet and the minutes.
    const prefecture = await sessionCookieFor(t, 'prefecture80');
    for (const url of [page, `/anct/comite/${session.id}/proces-verbal.pdf`]) {
      const r = await t.app.inject({ method: 'GET', url, headers: { cookie: prefecture } });
      expect(r.statusCode).toBe(403);
    }
  });
});
