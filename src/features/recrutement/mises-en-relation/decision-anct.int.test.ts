import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  candidatInscrit,
  MOT_DE_PASSE,
  structureValidee,
} from '../../../../tests/factories/recrutement.ts';
import { cookiesOf, createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { cookieDe, formSession, posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { evenementsAudit, misesEnRelation } from '../../../db/schema/index.ts';
import { persona } from '../../comptes/index.ts';
import { confirmerRecrutement } from './confirmer-recrutement.ts';
import { recruter } from './recruter.ts';
import { selectionnerCandidat } from './selectionner-candidat.ts';
import { deciderRecrutement } from './valider-recrutement.ts';

const CDI = { type: 'CDI', dateDebut: '2021-04-01', dateFin: '', heuresHebdo: '35' };

describe('recrutement : confirmation du candidat, décision de l’ANCT, courriels, espace du candidat', () => {
  let t: TestContext;
  let anct: string;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-15T09:00:00Z');
    anct = await sessionCookieFor(t, 'anct');
  });
  afterAll(() => t.close());

  async function statut(id: string) {
    const [m] = await t.deps.db.select().from(misesEnRelation).where(eq(misesEnRelation.id, id));
    return m!;
  }
  const courriel = (to: string, debut: string) =>
    t.mailer.sent.find((m) => m.to === to && m.subject.startsWith(debut));

  it('intérêt → recrutement → confirmation → renvoi motivé → correction → validation ; courriels et espace', async () => {
    const s = await structureValidee(t, 1, { nom: 'Médiathèque de Guise' });
    const c = await candidatInscrit(t, { prenom: 'Inès', nom: 'Lefèvre' });
    const structure = await cookieDe(t, s.gestionnaire);
    const candidate = await cookieDe(t, c.acteur);
    const anctEmail = persona('anct').email;
    t.mailer.sent.length = 0;

    // Interest: the candidate is told, with the link to her proposals.
    const sel = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, c.candidatId);
    if (!sel.ok) throw new Error(sel.error.message);
    const id = sel.value.id;
    const interet = courriel(c.acteur.email, '« Médiathèque de Guise » s’intéresse');
    expect(interet?.text).toContain('/candidat/propositions');

    // The hire recorded: the candidate must confirm; ANCT does not list it yet.
    const r = await posterFormulaire(
      t,
      structure,
      `/structure/candidats/${id}`,
      `/structure/candidats/${id}/recrutement`,
      CDI,
    );
    expect(r.statusCode).toBe(303);
    expect((await statut(id)).statut).toBe('a_confirmer');
    const aConfirmer = courriel(c.acteur.email, 'Confirmez votre recrutement');
    expect(aConfirmer?.text).toContain('/candidat/propositions');
    expect(
      (await t.app.inject({ method: 'GET', url: '/anct/recrutements', headers: { cookie: anct } })).body,
    ).not.toContain('Inès Lefèvre');
    const espace = await t.app.inject({
      method: 'GET',
      url: '/candidat/candidature',
      headers: { cookie: candidate },
    });
    expect(espace.body).toContain('Confirmez votre recrutement');

    // She confirms: ANCT is told and lists it.
    const conf = await posterFormulaire(
      t,
      candidate,
      '/candidat/propositions',
      `/candidat/propositions/${id}/confirmation`,
      {
        reponse: 'confirmer',
      },
    );
    expect(conf.statusCode).toBe(303);
    expect((await statut(id)).statut).toBe('recrutee');
    const aValider = courriel(anctEmail, 'Recrutement à valider : Inès Lefèvre');
    expect(aValider?.text).toContain('/anct/recrutements');
    const liste = await t.app.inject({ method: 'GET', url: '/anct/recrutements', headers: { cookie: anct } });
    expect(liste.body).toContain('Inès Lefèvre');
    expect(liste.body).toContain(`/anct/recrutements/${id}/renvoi`);
    expect(liste.body).toContain(`/anct/recrutements/${id}/refus`);

    // Sending back needs a reason (French 422); with one, the structure reads it and corrects.
    const sansMotif = await posterFormulaire(
      t,
      anct,
      '/anct/recrutements',
      `/anct/recrutements/${id}/renvoi`,
      {
        motif: '',
      },
    );
    expect(sansMotif.statusCode).toBe(422);
    expect(sansMotif.body).toContain('Indiquez le motif');
    expect((await statut(id)).statut).toBe('recrutee');
    const motif =
      'La durée hebdomadaire doit être de 35 heures au moins pour ce programme : vérifiez le contrat.';
    const renvoi = await posterFormulaire(t, anct, '/anct/recrutements', `/anct/recrutements/${id}/renvoi`, {
      motif,
    });
    expect(renvoi.statusCode).toBe(303);
    expect(await statut(id)).toMatchObject({ statut: 'renvoyee', motifAnct: motif });
    const aCorriger = courriel(s.gestionnaire.email, 'Recrutement à corriger : Inès Lefèvre');
    expect(aCorriger?.text).toContain(motif);
    expect(aCorriger?.text).toContain('/structure/conseillers');
    const fiche = await t.app.inject({
      method: 'GET',
      url: `/structure/candidats/${id}`,
      headers: { cookie: structure },
    });
    expect(fiche.body).toContain('Corriger le recrutement de Inès Lefèvre');
    expect(fiche.body).toContain('vérifiez le contrat');
    // The form starts from the contract to correct.
    expect(fiche.body).toContain('value="2021-04-01"');
    const corrige = await posterFormulaire(
      t,
      structure,
      `/structure/candidats/${id}`,
      `/structure/candidats/${id}/recrutement`,
      {
        ...CDI,
        heuresHebdo: '35',
      },
    );
    expect(corrige.statusCode).toBe(303);
    expect((await statut(id)).statut).toBe('a_confirmer');
    expect((await confirmerRecrutement(contexteDe(t.deps, c.acteur), id, 'confirmer')).ok).toBe(true);

    // Validated: the structure and the candidate are told; her space says she is recruited.
    t.mailer.sent.length = 0;
    const valide = await posterFormulaire(
      t,
      anct,
      '/anct/recrutements',
      `/anct/recrutements/${id}/validation`,
      {},
    );
    expect(valide.statusCode).toBe(303);
    expect((await statut(id)).statut).toBe('validee');
    expect(courriel(s.gestionnaire.email, 'Recrutement validé : Inès Lefèvre')?.text).toContain(
      '/structure/conseillers',
    );
    expect(courriel(c.acteur.email, 'Votre recrutement de conseiller numérique est validé')?.text).toContain(
      '/conseiller/recrutement',
    );
    const apres = await t.app.inject({
      method: 'GET',
      url: '/candidat/candidature',
      headers: { cookie: candidate },
    });
    expect(apres.body).toContain('Vous êtes recruté·e');
    expect(apres.body).toContain('« Médiathèque de Guise »');
    expect(apres.body).toMatch(/1(er)? avril 2021/u);
    expect(apres.body).not.toContain('Votre candidature est proposée aux structures');
    expect(apres.body).not.toContain('>Disponible<');

    // At login she lands in her conseiller role.
    const f = await formSession(t, '', '/connexion');
    const login = await t.app.inject({
      method: 'POST',
      url: '/connexion',
      headers: { cookie: f.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: f.csrf,
        email: c.acteur.email,
        motDePasse: MOT_DE_PASSE,
      }).toString(),
    });
    expect(login.statusCode).toBe(303);
    const session = cookiesOf(login, f.cookie);
    const conseiller = await t.app.inject({
      method: 'GET',
      url: '/conseiller/recrutement',
      headers: { cookie: session },
    });
    expect(conseiller.statusCode).toBe(200);

    const actions = (
      await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, id))
    ).map((e) => e.action);
    for (const a of [
      'recrutement.enregistre',
      'recrutement.confirme',
      'recrutement.renvoye',
      'recrutement.valide',
    ])
      expect(actions).toContain(a);
  });

  it('refus motivé : le poste se libère, les propositions du candidat rouvrent ; périmètres', async () => {
    const s = await structureValidee(t, 1);
    const autre = await structureValidee(t, 1);
    const c = await candidatInscrit(t);
    const sel = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, c.candidatId);
    const ailleurs = await selectionnerCandidat(
      contexteDe(t.deps, autre.gestionnaire),
      autre.structureId,
      c.candidatId,
    );
    if (!sel.ok || !ailleurs.ok) throw new Error('présélection refusée');
    expect((await recruter(contexteDe(t.deps, s.gestionnaire), sel.value.id, CDI)).ok).toBe(true);
    expect((await statut(ailleurs.value.id)).statut).toBe('non_disponible');

    // Nobody but the candidate confirms; nobody but ANCT decides.
    const intrus = await confirmerRecrutement(
      contexteDe(t.deps, autre.gestionnaire),
      sel.value.id,
      'confirmer',
    );
    expect(!intrus.ok && intrus.error.status).toBe(404);
    expect((await confirmerRecrutement(contexteDe(t.deps, c.acteur), sel.value.id, 'confirmer')).ok).toBe(
      true,
    );
    const p02 = await acteurPersona(t, 'prefecture02');
    const parPrefecture = await deciderRecrutement(contexteDe(t.deps, p02), sel.value.id, {
      decision: 'valider',
    });
    expect(!parPrefecture.ok && parPrefecture.error.status).toBe(403);
    const parStructure = await deciderRecrutement(contexteDe(t.deps, s.gestionnaire), sel.value.id, {
      decision: 'refuser',
      motif: 'Un motif assez long pour passer.',
    });
    expect(!parStructure.ok && parStructure.error.status).toBe(403);

    const anctActeur = await acteurPersona(t, 'anct');
    const court = await deciderRecrutement(contexteDe(t.deps, anctActeur), sel.value.id, {
      decision: 'refuser',
      motif: 'non',
    });
    expect(!court.ok && court.error.code).toBe('motif_invalide');
    t.mailer.sent.length = 0;
    const refus = await deciderRecrutement(contexteDe(t.deps, anctActeur), sel.value.id, {
      decision: 'refuser',
      motif: 'La structure n’a pas de convention signée.',
    });
    expect(refus.ok && refus.value.statut).toBe('refusee');
    expect(courriel(s.gestionnaire.email, 'Recrutement refusé')?.text).toContain('pas de convention signée');
    expect((await statut(ailleurs.value.id)).statut).toBe('nouvelle');
    // The post is free again: the structure may recruit someone else.
    const c2 = await candidatInscrit(t);
    const p2 = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, c2.candidatId);
    if (!p2.ok) throw new Error(p2.error.message);
    expect((await recruter(contexteDe(t.deps, s.gestionnaire), p2.value.id, CDI)).ok).toBe(true);
    const refusees = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.statut, 'refusee')));
    expect(refusees).toHaveLength(1);
  });

  it('le candidat décline le recrutement : le poste se libère et ses propositions rouvrent', async () => {
    const s = await structureValidee(t, 1);
    const autre = await structureValidee(t, 1);
    const c = await candidatInscrit(t);
    const sel = await selectionnerCandidat(contexteDe(t.deps, s.gestionnaire), s.structureId, c.candidatId);
    const ailleurs = await selectionnerCandidat(
      contexteDe(t.deps, autre.gestionnaire),
      autre.structureId,
      c.candidatId,
    );
    if (!sel.ok || !ailleurs.ok) throw new Error('présélection refusée');
    expect((await recruter(contexteDe(t.deps, s.gestionnaire), sel.value.id, CDI)).ok).toBe(true);
    const candidate = await cookieDe(t, c.acteur);
    const non = await posterFormulaire(
      t,
      candidate,
      '/candidat/propositions',
      `/candidat/propositions/${sel.value.id}/confirmation`,
      {
        reponse: 'decliner',
      },
    );
    expect(non.statusCode).toBe(303);
    expect((await statut(sel.value.id)).statut).toBe('declinee');
    const decline = courriel(s.gestionnaire.email, 'Recrutement décliné');
    expect(decline?.text).toContain('/structure/candidats');
    expect((await statut(ailleurs.value.id)).statut).toBe('nouvelle');
  });
});
