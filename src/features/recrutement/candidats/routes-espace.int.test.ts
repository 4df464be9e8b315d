import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatInscrit, structureValidee } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { cookieDe, posterFormulaire } from '../../../../tests/helpers/auth.ts';
import { candidats, misesEnRelation, utilisateurs } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { apparier } from '../mises-en-relation/apparier.ts';

const profil = {
  telephone: '06 11 22 33 44',
  commune: 'Amiens (80000)',
  communeCode: '80021',
  latitude: '49.8941',
  longitude: '2.2958',
  rayonMobiliteKm: '20',
  dateDisponibilite: '2021-04-15',
  situations: ['en_emploi'],
  diplome: 'non',
  motivation: 'Je déménage à Amiens et souhaite y exercer.',
};

describe('espace du candidat', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-10T09:00:00Z');
  });
  afterAll(() => t.close());

  it('voit et met à jour sa seule candidature', async () => {
    const c = await candidatInscrit(t, { prenom: 'Lina', nom: 'Mobile' });
    const autre = await candidatInscrit(t, { prenom: 'Omar', nom: 'Autre' });
    const cookie = await cookieDe(t, c.acteur);
    const page = await t.app.inject({ method: 'GET', url: '/candidat/candidature', headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Laon');
    expect(page.body).not.toContain('Omar');
    const res = await posterFormulaire(t, cookie, '/candidat/candidature', '/candidat/candidature', profil);
    expect(res.statusCode).toBe(303);
    const [row] = await t.deps.db.select().from(candidats).where(eq(candidats.id, c.candidatId));
    expect(row).toMatchObject({
      communeCode: '80021',
      departementCode: '80',
      rayonMobiliteKm: 20,
      situations: ['en_emploi'],
    });
    const [intact] = await t.deps.db.select().from(candidats).where(eq(candidats.id, autre.candidatId));
    expect(intact!.communeCode).toBe('02408');
    const bad = await posterFormulaire(t, cookie, '/candidat/candidature', '/candidat/candidature', {
      ...profil,
      situations: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Cochez au moins une situation');
  });

  it('suspend puis reprend sa candidature', async () => {
    const c = await candidatInscrit(t);
    const cookie = await cookieDe(t, c.acteur);
    const pause = await posterFormulaire(t, cookie, '/candidat/candidature', '/candidat/disponibilite', {
      statut: 'en_pause',
    });
    expect(pause.statusCode).toBe(303);
    expect((await t.deps.db.select().from(candidats).where(eq(candidats.id, c.candidatId)))[0]!.statut).toBe(
      'en_pause',
    );
    const page = await t.app.inject({
      method: 'GET',
      url: '/candidat/candidature',
      headers: { cookie: pause.jar },
    });
    expect(page.body).toContain('Reprendre ma candidature');
    expect(page.body).toContain('elle n’est plus proposée aux structures');
    await posterFormulaire(t, cookie, '/candidat/candidature', '/candidat/disponibilite', {
      statut: 'actif',
    });
    expect((await t.deps.db.select().from(candidats).where(eq(candidats.id, c.candidatId)))[0]!.statut).toBe(
      'actif',
    );
  });

  it('voit ses propositions et en décline une ; pas celles des autres', async () => {
    const s = await structureValidee(t, 1, { nom: 'Mairie qui propose' });
    const c = await candidatInscrit(t, { prenom: 'Noé', nom: 'Proposé' });
    const autre = await candidatInscrit(t, { prenom: 'Zoé', nom: 'Voisine' });
    await apparier(systemContext(t.deps), { structureIds: [s.structureId], notifier: false });
    const [m] = await t.deps.db
      .select()
      .from(misesEnRelation)
      .where(
        and(eq(misesEnRelation.structureId, s.structureId), eq(misesEnRelation.candidatId, c.candidatId)),
      );
    const cookie = await cookieDe(t, c.acteur);
    const page = await t.app.inject({ method: 'GET', url: '/candidat/propositions', headers: { cookie } });
    expect(page.body).toContain('Mairie qui propose');
    const cookieAutre = await cookieDe(t, autre.acteur);
    const vol = await posterFormulaire(
      t,
      cookieAutre,
      '/candidat/propositions',
      `/candidat/propositions/${m!.id}/decliner`,
      {},
    );
    expect(vol.statusCode).toBe(404);
    const res = await posterFormulaire(
      t,
      cookie,
      '/candidat/propositions',
      `/candidat/propositions/${m!.id}/decliner`,
      {},
    );
    expect(res.statusCode).toBe(303);
    expect(
      (await t.deps.db.select().from(misesEnRelation).where(eq(misesEnRelation.id, m!.id)))[0]!.statut,
    ).toBe('declinee');
  });

  it('n’accède pas aux pages des structures ni des préfectures', async () => {
    const c = await candidatInscrit(t);
    const cookie = await cookieDe(t, c.acteur);
    for (const url of ['/structure/candidats', '/recrutement/candidatures', '/anct/comite']) {
      expect((await t.app.inject({ method: 'GET', url, headers: { cookie } })).statusCode).toBe(403);
    }
  });

  it('retire sa candidature : l’explication, puis l’effacement de ses données et de son compte', async () => {
    const c = await candidatInscrit(t, { prenom: 'Rita', nom: 'Retrait' });
    const cookie = await cookieDe(t, c.acteur);
    const page = await t.app.inject({ method: 'GET', url: '/candidat/retrait', headers: { cookie } });
    expect(page.body).toContain('Ce qui est effacé immédiatement');
    expect(page.body).toContain('Ce qui est conservé, sans vous identifier');
    const res = await posterFormulaire(t, cookie, '/candidat/retrait', '/candidat/retrait', {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    const [row] = await t.deps.db.select().from(candidats).where(eq(candidats.id, c.candidatId));
    expect(row).toMatchObject({ statut: 'retire', prenom: null, nom: null, email: null, motivation: null });
    const [u] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, c.utilisateurId));
    expect(u!.actif).toBe(false);
    const apres = await t.app.inject({ method: 'GET', url: '/candidat/candidature', headers: { cookie } });
    expect(apres.statusCode).toBe(302);
  });
});
