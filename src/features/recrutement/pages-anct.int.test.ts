import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidatInscrit,
  sessionComite,
  structureCandidate,
  structureValidee,
} from '../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { cookieDe, posterFormulaire, sessionCookieFor } from '../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../tests/helpers/contexte.ts';
import { conventions, evenementsAudit, misesEnRelation, parametresProgramme } from '../../db/schema/index.ts';
import { executerTachesEnAttente } from '../../platform/taches/travailleur.ts';
import { confirmerRecrutement } from './mises-en-relation/confirmer-recrutement.ts';
import { recruter } from './mises-en-relation/recruter.ts';
import { repondreProposition } from './mises-en-relation/repondre-proposition.ts';
import { selectionnerCandidat } from './mises-en-relation/selectionner-candidat.ts';

/** A session cookie for an account created by a factory (its actor carries the session's id). */

describe('pages de l’ANCT', () => {
  let t: TestContext;
  let anct: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-10T09:00:00Z');
    anct = await sessionCookieFor(t, 'anct');
  });
  afterAll(() => t.close());

  it('modifie les paramètres du programme (audité) et refuse une saisie invalide en français', async () => {
    const bad = await posterFormulaire(t, anct, '/anct/programme', '/anct/programme', {
      postesCibles: 'beaucoup',
      financementPublicEur: '50000',
      financementPriveEur: '40000',
      enveloppeEur: '200000000',
      dureesContratMois: '24, 36',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Indiquez l’objectif de postes');
    const ok = await posterFormulaire(t, anct, '/anct/programme', '/anct/programme', {
      postesCibles: '4200',
      financementPublicEur: '50000',
      financementPriveEur: '40000',
      enveloppeEur: '210000000',
      dureesContratMois: '24, 36',
    });
    expect(ok.statusCode).toBe(303);
    const [p] = await t.deps.db.select().from(parametresProgramme);
    expect(p).toMatchObject({ postesCibles: 4200, enveloppeEur: 210_000_000 });
    const audit = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'programme.parametres_modifies'));
    expect(audit).toHaveLength(1);
    const page = await t.app.inject({ method: 'GET', url: '/anct/programme', headers: { cookie: anct } });
    expect(page.body).toContain('value="4200"');
    expect(page.body).toContain('paramètres modifiés');
  });

  it('ajoute un jalon daté', async () => {
    const res = await posterFormulaire(t, anct, '/anct/programme', '/anct/programme/jalons', {
      code: 'bilan_30_juin',
      libelle: 'Bilan du 30 juin',
      date: '2021-06-30',
      indicateur: 'recrutes',
      cible: '2000',
    });
    expect(res.statusCode).toBe(303);
    const page = await t.app.inject({ method: 'GET', url: '/anct/programme', headers: { cookie: anct } });
    expect(page.body).toContain('Bilan du 30 juin');
  });

  it('crée une session numérotée puis enregistre une décision positive qui génère la convention', async () => {
    const s = await structureCandidate(t, { nom: 'Commune de Soissons-Test' });
    const creee = await posterFormulaire(t, anct, '/anct/comite', '/anct/comite', { date: '2021-03-12' });
    expect(creee.statusCode).toBe(303);
    const sessionUrl = creee.headers.location!;
    expect(sessionUrl).toMatch(/^\/anct\/comite\/[0-9a-f-]{36}$/);
    const dossier = `/recrutement/candidatures/${s.candidatureId}`;
    const page = await t.app.inject({ method: 'GET', url: dossier, headers: { cookie: anct } });
    expect(page.body).toContain('Décision du comité de sélection');
    const sessionId = sessionUrl.split('/').pop()!;
    const sansPostes = await posterFormulaire(t, anct, dossier, `${dossier}/decision`, {
      sessionId,
      choix: 'positif',
      postes: '',
    });
    expect(sansPostes.statusCode).toBe(422);
    expect(sansPostes.body).toContain('Indiquez un nombre de postes entre 1 et 100.');
    const ok = await posterFormulaire(t, anct, dossier, `${dossier}/decision`, {
      sessionId,
      choix: 'positif',
      postes: '2',
      dureeMois: '36',
    });
    expect(ok.statusCode).toBe(303);
    const apres = await t.app.inject({ method: 'GET', url: dossier, headers: { cookie: anct } });
    expect(apres.body).toContain('Validée par le comité de sélection');
    expect(apres.body).toContain('Avenant du comité de sélection');
    const session = await t.app.inject({ method: 'GET', url: sessionUrl, headers: { cookie: anct } });
    expect(session.body).toContain('Commune de Soissons-Test');
    expect(session.body).toContain('+2');
  });

  it('refuse une décision qui dépasserait l’objectif national, avec un message clair', async () => {
    const s = await structureCandidate(t, { nom: 'Commune hors quota' });
    const session = await sessionComite(t, '2021-03-15');
    const attribues = await t.deps.db.execute(
      "select coalesce(sum(d.postes), 0)::int as n from decisions_coselec d join candidatures_structures c on c.id = d.candidature_id where c.statut = 'VALIDATION_COSELEC'",
    );
    const n = Number((attribues as unknown as { rows: { n: number }[] }).rows[0]!.n);
    await t.deps.db.update(parametresProgramme).set({ postesCibles: n + 1 });
    const dossier = `/recrutement/candidatures/${s.candidatureId}`;
    const res = await posterFormulaire(t, anct, dossier, `${dossier}/decision`, {
      sessionId: session.id,
      choix: 'positif',
      postes: '2',
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Décision refusée');
    expect(res.body).toContain('au-delà de l’objectif national');
    expect(res.body).toContain('Il reste 1 poste à attribuer');
    await t.deps.db.update(parametresProgramme).set({ postesCibles: 4000 });
  });

  it('la convention se télécharge par sa structure, pas par une autre', async () => {
    const s = await structureValidee(t, 1, { nom: 'Structure conventionnée' });
    const autre = await structureValidee(t, 1);
    const [c] = await t.deps.db
      .select()
      .from(conventions)
      .where(eq(conventions.candidatureId, s.candidatureId));
    const url = `/recrutement/conventions/${c!.id}/pdf`;
    const pdf = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: await cookieDe(t, s.gestionnaire) },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const intrus = await t.app.inject({
      method: 'GET',
      url,
      headers: { cookie: await cookieDe(t, autre.gestionnaire) },
    });
    expect(intrus.statusCode).toBe(404);
    const liste = await t.app.inject({
      method: 'GET',
      url: '/anct/conventions?statut=A_SIGNER',
      headers: { cookie: anct },
    });
    expect(liste.body).toContain(c!.numero);
    const valide = await posterFormulaire(
      t,
      anct,
      '/anct/conventions',
      `/anct/conventions/${c!.id}/signature`,
      {},
    );
    expect(valide.statusCode).toBe(303);
    const [apres] = await t.deps.db.select().from(conventions).where(eq(conventions.id, c!.id));
    expect(apres!.statut).toBe('SIGNEE');
  });

  it('valide un recrutement saisi par une structure ; l’avancement en tient compte', async () => {
    const s = await structureValidee(t, 1, { nom: 'Structure qui recrute' });
    const c = await candidatInscrit(t, { prenom: 'Inès', nom: 'Recrutée' });
    const sel = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, c.candidatId);
    expect(sel.ok).toBe(true);
    const id = sel.ok ? sel.value.id : '';
    const r = await recruter(contexteDe(t.deps, s.gestionnaire), id, {
      type: 'CDI',
      dateDebut: '2021-04-01',
      heuresHebdo: '35',
    });
    expect(r.ok).toBe(true);
    expect((await confirmerRecrutement(contexteDe(t.deps, c.acteur), id, 'confirmer')).ok).toBe(true);
    const avant = await t.app.inject({
      method: 'GET',
      url: '/recrutement/avancement?departement=02',
      headers: { cookie: anct },
    });
    const page = await t.app.inject({ method: 'GET', url: '/anct/recrutements', headers: { cookie: anct } });
    expect(page.body).toContain('Inès Recrutée');
    // French elision in the button's accessible precision: "d’Inès", never "de Inès".
    expect(page.body).toContain('le recrutement d’Inès Recrutée');
    expect(page.body).not.toContain('de Inès');
    const res = await posterFormulaire(
      t,
      anct,
      '/anct/recrutements',
      `/anct/recrutements/${id}/validation`,
      {},
    );
    expect(res.statusCode).toBe(303);
    const [m] = await t.deps.db.select().from(misesEnRelation).where(eq(misesEnRelation.id, id));
    expect(m!.statut).toBe('validee');
    const formations = await t.app.inject({
      method: 'GET',
      url: '/anct/formations?certification=aucune',
      headers: { cookie: anct },
    });
    expect(formations.body).toContain('Inès Recrutée');
    const incomplete = await posterFormulaire(t, anct, '/anct/formations', `/anct/formations/${id}`, {
      organisme: 'Afpa',
      dateDebut: '2021-04-06',
      dateFin: '',
      certification: 'certifie',
    });
    expect(incomplete.statusCode).toBe(303);
    const message = await t.app.inject({
      method: 'GET',
      url: '/anct/formations',
      headers: { cookie: incomplete.jar },
    });
    expect(message.body).toContain('Indiquez la date de fin de la formation terminée.');
    const formation = await posterFormulaire(t, anct, '/anct/formations', `/anct/formations/${id}`, {
      organisme: 'Afpa',
      dateDebut: '2021-04-06',
      dateFin: '2021-06-30',
      certification: 'certifie',
    });
    expect(formation.statusCode).toBe(303);
    const certifies = await t.app.inject({
      method: 'GET',
      url: '/anct/formations?certification=certifie',
      headers: { cookie: anct },
    });
    expect(certifies.body).toContain('Inès Recrutée');
    expect(avant.body).toContain('État d’avancement — Aisne (02)');
    expect(avant.body).toContain('Conseillers recrutés');
  });

  it('lance l’appariement à la demande : de nouvelles propositions sont créées', async () => {
    const s = await structureValidee(t, 2, { nom: 'Structure à apparier' });
    await candidatInscrit(t, { prenom: 'Paul', nom: 'Proche' });
    const page = await t.app.inject({ method: 'GET', url: '/anct/appariement', headers: { cookie: anct } });
    expect(page.statusCode).toBe(200);
    const res = await posterFormulaire(t, anct, '/anct/appariement', '/anct/appariement', {});
    expect(res.statusCode).toBe(303);
    // A background task: the page that follows it shows its summary once the worker has run it.
    const suivi = res.headers.location as string;
    expect(suivi).toMatch(/^\/taches\/[0-9a-f-]{36}$/);
    expect(await executerTachesEnAttente(t.deps, t.deps.registry.taches)).toBe(1);
    const suite = await t.app.inject({ method: 'GET', url: suivi, headers: { cookie: res.jar } });
    expect(suite.body).toMatch(/Appariement terminé en .* nouvelle\(s\) proposition\(s\)/);
    const props = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.statut, 'nouvelle')));
    expect(props.length).toBeGreaterThan(0);
    // Interest is possible right away on a proposal.
    expect(
      (await repondreProposition(contexteDe(t.deps, s.gestionnaire), props[0]!.id, 'interessee')).ok,
    ).toBe(true);
  });

  it('avancement national : jalons, série mensuelle, départements ; export XLSX cohérent', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: '/recrutement/avancement',
      headers: { cookie: anct },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('État d’avancement national');
    expect(page.body).toContain('1 000 conseillers numériques en poste');
    expect(page.body).toContain('Série mensuelle');
    expect(page.body).toContain('Mars 2021');
    const x = await t.app.inject({ method: 'GET', url: '/recrutement/avancement.xlsx' });
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Synthèse', 'Jalons', 'Mensuel', 'Par département']);
    const synthese = wb.getWorksheet('Synthèse')!;
    const recrutes = synthese.getColumn(1).values.indexOf('Conseillers recrutés (validés)');
    expect(Number(synthese.getRow(recrutes).getCell(2).value)).toBeGreaterThanOrEqual(1);
    const parDep = wb.getWorksheet('Par département')!;
    const colonne = (parDep.getRow(1).values as unknown[]).indexOf('Recrutés (validés)');
    const total = parDep
      .getColumn(colonne)
      .values.slice(2)
      .reduce<number>((s, v) => s + Number(v ?? 0), 0);
    expect(total).toBe(Number(synthese.getRow(recrutes).getCell(2).value));
  });

  it('une préfecture arrive sur l’avancement de son département', async () => {
    const p02 = await sessionCookieFor(t, 'prefecture02');
    const res = await t.app.inject({
      method: 'GET',
      url: '/recrutement/avancement',
      headers: { cookie: p02 },
    });
    expect(res.body).toContain('État d’avancement — Aisne (02)');
    const national = await t.app.inject({
      method: 'GET',
      url: '/recrutement/avancement?departement=',
      headers: { cookie: p02 },
    });
    expect(national.body).toContain('État d’avancement national');
  });

  it('les pages de l’ANCT restent fermées au public', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/anct/comite' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toContain('/connexion');
  });
});
