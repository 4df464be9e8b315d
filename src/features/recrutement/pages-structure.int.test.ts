import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  candidatInscrit,
  structureCandidate,
  structureValidee,
} from '../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { cookieDe, formSession, posterFormulaire } from '../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../tests/helpers/contexte.ts';
import {
  candidaturesStructures,
  contrats,
  conventions,
  formations,
  misesEnRelation,
} from '../../db/schema/index.ts';
import { systemContext } from '../../platform/context.ts';
import { donnerAvis } from './candidatures/donner-avis.ts';
import { apparier } from './mises-en-relation/apparier.ts';

type Acteur = { userId: string; active: { id: string } | null };

async function deposer(
  t: TestContext,
  cookie: string,
  url: string,
  fichier: { nom: string; contenu: Buffer },
) {
  const f = await formSession(t, cookie, '/structure/conventions');
  const limite = '----maillage-test';
  const corps = Buffer.concat([
    Buffer.from(`--${limite}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${f.csrf}\r\n`),
    Buffer.from(
      `--${limite}\r\nContent-Disposition: form-data; name="fichier"; filename="${fichier.nom}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    fichier.contenu,
    Buffer.from(`\r\n--${limite}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: f.cookie, 'content-type': `multipart/form-data; boundary=${limite}` },
    payload: corps,
  });
}

const CDI = { type: 'CDI', dateDebut: '2021-04-01', dateFin: '', heuresHebdo: '35' };

describe('espace de la structure', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-10T09:00:00Z');
  });
  afterAll(() => t.close());

  it('modifie sa candidature tant qu’elle n’est pas examinée, puis plus', async () => {
    const s = await structureCandidate(t);
    const cookie = await cookieDe(t, s.gestionnaire);
    const champs = {
      postesDemandes: '3',
      dateDebutSouhaitee: '2021-05-01',
      motivation: 'Projet revu avec la médiathèque.',
      contactPrenom: 'Camille',
      contactNom: 'Durand',
      contactFonction: 'DGS',
      contactEmail: 'camille@exemple.fr',
      qpv: 'non',
    };
    const vide = await posterFormulaire(t, cookie, '/structure/candidature', '/structure/candidature', {
      ...champs,
      motivation: '',
    });
    expect(vide.statusCode).toBe(400);
    expect(vide.body).toContain('Indiquez votre motivation.');
    const ok = await posterFormulaire(t, cookie, '/structure/candidature', '/structure/candidature', champs);
    expect(ok.statusCode).toBe(303);
    const [c] = await t.deps.db
      .select()
      .from(candidaturesStructures)
      .where(eq(candidaturesStructures.id, s.candidatureId));
    expect(c).toMatchObject({ postesDemandes: 3, dateDebutSouhaitee: '2021-05-01' });

    const p02 = await acteurPersona(t, 'prefecture02');
    expect(
      (
        await donnerAvis(contexteDe(t.deps, p02), s.candidatureId, {
          avis: 'favorable',
          commentaire: 'Bon projet, à soutenir.',
        })
      ).ok,
    ).toBe(true);
    const page = await t.app.inject({ method: 'GET', url: '/structure/candidature', headers: { cookie } });
    expect(page.body).toContain('Candidature examinée');
    expect(page.body).not.toContain('Avis de la préfecture');
    const refus = await posterFormulaire(t, cookie, '/structure/candidature', '/structure/candidature', {
      ...champs,
      postesDemandes: '9',
    });
    expect(refus.statusCode).toBe(303);
    const suite = await t.app.inject({
      method: 'GET',
      url: '/structure/candidature',
      headers: { cookie: refus.jar },
    });
    expect(suite.body).toContain('ne peut plus être modifiée');
    const [apres] = await t.deps.db
      .select()
      .from(candidaturesStructures)
      .where(eq(candidaturesStructures.id, s.candidatureId));
    expect(apres!.postesDemandes).toBe(3);
  });

  it('retire sa candidature', async () => {
    const s = await structureCandidate(t);
    const cookie = await cookieDe(t, s.gestionnaire);
    const page = await t.app.inject({
      method: 'GET',
      url: '/structure/candidature/retrait',
      headers: { cookie },
    });
    expect(page.body).toContain('Ce retrait est définitif');
    const res = await posterFormulaire(
      t,
      cookie,
      '/structure/candidature/retrait',
      '/structure/candidature/retrait',
      {},
    );
    expect(res.statusCode).toBe(303);
    const [c] = await t.deps.db
      .select()
      .from(candidaturesStructures)
      .where(eq(candidaturesStructures.id, s.candidatureId));
    expect(c!.statut).toBe('ABANDON');
  });

  it('dépose la convention signée (PDF) ; refuse un autre format ; une autre structure ne la voit pas', async () => {
    const s = await structureValidee(t, 2);
    const autre = await structureValidee(t, 1);
    const cookie = await cookieDe(t, s.gestionnaire);
    const [c] = await t.deps.db
      .select()
      .from(conventions)
      .where(eq(conventions.candidatureId, s.candidatureId));
    const page = await t.app.inject({ method: 'GET', url: '/structure/conventions', headers: { cookie } });
    expect(page.body).toContain(c!.numero);
    expect(page.body).toMatch(/100\s000\s€/u);
    const url = `/structure/conventions/${c!.id}/signee`;
    const mauvais = await deposer(t, cookie, url, {
      nom: 'scan.jpg',
      contenu: Buffer.from('JFIF pas un pdf'),
    });
    expect(mauvais.statusCode).toBe(422);
    expect(mauvais.body).toContain('au format PDF');
    const intrus = await deposer(t, await cookieDe(t, autre.gestionnaire), url, {
      nom: 'x.pdf',
      contenu: Buffer.from('%PDF-1.4 faux'),
    });
    expect(intrus.statusCode).toBe(404);
    const ok = await deposer(t, cookie, url, {
      nom: 'convention-signee.pdf',
      contenu: Buffer.from('%PDF-1.4\n% signée\n'),
    });
    expect(ok.statusCode).toBe(303);
    const [apres] = await t.deps.db.select().from(conventions).where(eq(conventions.id, c!.id));
    expect(apres!.statut).toBe('SIGNATURE_A_VERIFIER');
    const signee = await t.app.inject({
      method: 'GET',
      url: `/recrutement/conventions/${c!.id}/pdf?version=signee`,
      headers: { cookie },
    });
    expect(signee.rawPayload.toString()).toContain('signée');
  });

  it('intérêt, recrutement, règle du quota, formation et fin de contrat', async () => {
    const s = await structureValidee(t, 1, { nom: 'Structure au quota' });
    const autre = await structureValidee(t, 1);
    const a = await candidatInscrit(t, { prenom: 'Amina', nom: 'Première' });
    const b = await candidatInscrit(t, { prenom: 'Bruno', nom: 'Second' });
    await apparier(systemContext(t.deps), { structureIds: [s.structureId], notifier: false });
    const cookie = await cookieDe(t, s.gestionnaire);
    const [ma] = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(
        and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.candidatId, a.candidatId)),
      );
    const [mb] = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(
        and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.candidatId, b.candidatId)),
      );
    const liste = await t.app.inject({ method: 'GET', url: '/structure/candidats', headers: { cookie } });
    expect(liste.body).toContain('Nouvelles propositions');
    expect(liste.body).toContain('Amina P.');
    expect(liste.body).toContain('vous pouvez encore recruter 1 conseiller');

    // Another structure sees nothing of these proposals.
    const cookieAutre = await cookieDe(t, autre.gestionnaire);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/structure/candidats/${ma!.id}`,
          headers: { cookie: cookieAutre },
        })
      ).statusCode,
    ).toBe(404);
    const vol = await posterFormulaire(
      t,
      cookieAutre,
      '/structure/candidats',
      `/structure/candidats/${ma!.id}/reponse`,
      { reponse: 'interessee' },
    );
    expect(vol.statusCode).toBe(404);

    for (const m of [ma!, mb!]) {
      const r = await posterFormulaire(
        t,
        cookie,
        '/structure/candidats',
        `/structure/candidats/${m.id}/reponse`,
        {
          reponse: 'interessee',
        },
      );
      expect(r.statusCode).toBe(303);
    }
    const fiche = await t.app.inject({
      method: 'GET',
      url: `/structure/candidats/${ma!.id}`,
      headers: { cookie },
    });
    expect(fiche.body).toContain('Amina Première');
    expect(fiche.body).toContain('Recruter Amina Première');
    const sansFin = await posterFormulaire(
      t,
      cookie,
      `/structure/candidats/${ma!.id}`,
      `/structure/candidats/${ma!.id}/recrutement`,
      {
        ...CDI,
        type: 'CDD',
      },
    );
    expect(sansFin.statusCode).toBe(400);
    expect(sansFin.body).toContain('Indiquez la date de fin de ce contrat');
    const ok = await posterFormulaire(
      t,
      cookie,
      `/structure/candidats/${ma!.id}`,
      `/structure/candidats/${ma!.id}/recrutement`,
      CDI,
    );
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/structure/conseillers');
    const refus = await posterFormulaire(
      t,
      cookie,
      `/structure/candidats/${mb!.id}`,
      `/structure/candidats/${mb!.id}/recrutement`,
      CDI,
    );
    expect(refus.statusCode).toBe(409);
    expect(refus.body).toContain('Recrutement refusé');
    expect(refus.body).toContain('déjà pourvu');
    expect(await t.deps.db.select().from(contrats).where(eq(contrats.miseEnRelationId, mb!.id))).toHaveLength(
      0,
    );

    const conseillers = await t.app.inject({
      method: 'GET',
      url: '/structure/conseillers',
      headers: { cookie },
    });
    expect(conseillers.body).toContain('Amina Première');
    expect(conseillers.body).toContain('Recrutement à confirmer par le candidat');
    // The candidate confirms from her space; only then does ANCT see it.
    const candidate = await cookieDe(t, a.acteur);
    const propositions = await t.app.inject({
      method: 'GET',
      url: '/candidat/propositions',
      headers: { cookie: candidate },
    });
    expect(propositions.body).toContain('Confirmer mon recrutement');
    const confirme = await posterFormulaire(
      t,
      candidate,
      '/candidat/propositions',
      `/candidat/propositions/${ma!.id}/confirmation`,
      { reponse: 'confirmer' },
    );
    expect(confirme.statusCode).toBe(303);
    const confirmes = await t.app.inject({
      method: 'GET',
      url: '/structure/conseillers',
      headers: { cookie },
    });
    expect(confirmes.body).toContain('Recrutement en attente de validation');
    const formation = await posterFormulaire(
      t,
      cookie,
      '/structure/conseillers',
      `/structure/conseillers/${ma!.id}/formation`,
      {
        organisme: 'Simplon',
        dateDebut: '2021-04-06',
        dateFin: '',
        certification: 'en_cours',
      },
    );
    expect(formation.statusCode).toBe(303);
    expect(
      await t.deps.db.select().from(formations).where(eq(formations.miseEnRelationId, ma!.id)),
    ).toHaveLength(1);
    const rupture = await posterFormulaire(
      t,
      cookie,
      '/structure/conseillers',
      `/structure/conseillers/${ma!.id}/rupture`,
      {
        motif: 'demission',
        date: '2021-06-30',
      },
    );
    expect(rupture.statusCode).toBe(303);
    const apres = await t.app.inject({ method: 'GET', url: '/structure/candidats', headers: { cookie } });
    expect(apres.body).toContain('vous pouvez encore recruter 1 conseiller');
    const anciens = await t.app.inject({ method: 'GET', url: '/structure/conseillers', headers: { cookie } });
    expect(anciens.body).toContain('Anciens conseillers');
    expect(anciens.body).toContain('Démission le 30 juin 2021');
  });

  it('recherche des candidats disponibles avec filtres et en présélectionne un', async () => {
    const s = await structureValidee(t, 1, { nom: 'Structure qui cherche' });
    const c = await candidatInscrit(t, {
      prenom: 'Diane',
      nom: 'Diplômée',
      diplome: 'oui',
      diplomeNom: 'REMN',
      niveauPix: '5',
    });
    const cookie = await cookieDe(t, s.gestionnaire);
    const res = await t.app.inject({
      method: 'GET',
      url: '/structure/candidats/recherche?diplome=on&pixMin=5&distanceMax=20',
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Diane D.');
    expect(res.body).not.toContain('Amina');
    const sel = await posterFormulaire(
      t,
      cookie,
      '/structure/candidats/recherche',
      '/structure/candidats/selection',
      {
        candidatId: c.candidatId,
      },
    );
    expect(sel.statusCode).toBe(303);
    expect(sel.headers.location).toMatch(/^\/structure\/candidats\/[0-9a-f-]{36}$/);
    const fiche = await t.app.inject({ method: 'GET', url: sel.headers.location!, headers: { cookie } });
    expect(fiche.body).toContain('Diane Diplômée');
    // Matching may have proposed her already (it also runs when a candidate applies): either way she is retained.
    expect(fiche.body).toContain('Intéressé·e');
  });

  it('une structure non validée ne peut ni présélectionner ni recruter', async () => {
    const s = await structureCandidate(t);
    const c = await candidatInscrit(t);
    const cookie = await cookieDe(t, s.gestionnaire);
    const page = await t.app.inject({
      method: 'GET',
      url: '/structure/candidats/recherche',
      headers: { cookie },
    });
    expect(page.body).toContain('Aucun poste n’est encore attribué');
    const sel = await posterFormulaire(
      t,
      cookie,
      '/structure/candidats/recherche',
      '/structure/candidats/selection',
      {
        candidatId: c.candidatId,
      },
    );
    expect(sel.statusCode).toBe(303);
    const suite = await t.app.inject({
      method: 'GET',
      url: sel.headers.location!,
      headers: { cookie: sel.jar },
    });
    expect(suite.body).toContain('Seule une structure validée par le comité de sélection');
  });
});
