import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiesOf, createTestApp, csrfOf, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';

import { ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';

const MAINTENANT = new Date('2026-12-01T09:00:00Z');
let t: TestContext;
let conseiller: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MAINTENANT;
  await seedLieuxDemo(t.deps.db, MAINTENANT);
  conseiller = await sessionCookieFor(t, 'conseiller');
});
afterAll(() => t.close());

const champs = (extra: Record<string, string | string[]> = {}) => ({
  titre: 'Découvrir sa messagerie',
  thematiques: ['email'],
  niveau: 'debutant',
  lieuId: LIEUX_DEMO_GERES.laon,
  date: '2026-12-10',
  heureDebut: '14:00',
  heureFin: '16:00',
  capacite: '2',
  inscriptionRequise: 'oui',
  gratuit: 'oui',
  ...extra,
});

async function publier(extra: Record<string, string | string[]> = {}): Promise<string> {
  const r = await posterFormulaire(
    t,
    conseiller,
    '/activite/ateliers/nouveau',
    '/activite/ateliers/nouveau',
    champs(extra),
  );
  expect(r.statusCode).toBe(303);
  const [a] = await t.deps.db
    .select()
    .from(ateliers)
    .orderBy(ateliers.creeLe)
    .limit(1)
    .then(() =>
      t.deps.db
        .select()
        .from(ateliers)
        .where(eq(ateliers.titre, (extra.titre as string) ?? 'Découvrir sa messagerie')),
    );
  return a!.id;
}

/** Reads `page` for its CSRF token and posts the fields to `url`, as a browser without JavaScript. */
async function posterPublic(page: string, url: string, champs: Record<string, string>) {
  const p = await t.app.inject({ url: page });
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookiesOf(p), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfOf(p.body), ...champs }).toString(),
  });
}
const inscrire = (id: string, champs: Record<string, string>) =>
  posterPublic(`/ateliers/${id}`, `/ateliers/${id}/inscription`, champs);

describe('ateliers : gestion', () => {
  it('le conseiller publie un atelier, il apparaît dans sa liste ; les erreurs sont en français', async () => {
    const id = await publier({ titre: 'Atelier liste' });
    const liste = await t.app.inject({ url: '/activite/ateliers', headers: { cookie: conseiller } });
    expect(liste.statusCode).toBe(200);
    expect(liste.body).toContain('Atelier liste');
    expect(liste.body).toContain(`/activite/ateliers/${id}/modifier`);
    const erreur = await posterFormulaire(
      t,
      conseiller,
      '/activite/ateliers/nouveau',
      '/activite/ateliers/nouveau',
      champs({ date: '2026-11-30', capacite: '0' }),
    );
    expect(erreur.statusCode).toBe(422);
    expect(erreur.body).toContain('La date de l’atelier ne peut pas être passée.');
    expect(erreur.body).toContain('Indiquez un nombre de places entre 1 et 500.');
  });

  it('une autre structure ne peut ni voir le formulaire, ni modifier, ni annuler : 404', async () => {
    const id = await publier({ titre: 'Atelier protégé' });
    const autre = await sessionCookieFor(t, 'association');
    const page = await t.app.inject({ url: `/activite/ateliers/${id}/modifier`, headers: { cookie: autre } });
    expect(page.statusCode).toBe(404);
    const annuler = await posterFormulaire(
      t,
      autre,
      '/activite/ateliers',
      `/activite/ateliers/${id}/annuler`,
      {},
    );
    expect(annuler.statusCode).toBe(404);
    const [a] = await t.deps.db.select().from(ateliers).where(eq(ateliers.id, id));
    expect(a!.statut).toBe('publie');
    const liste = await t.app.inject({ url: '/activite/ateliers', headers: { cookie: autre } });
    expect(liste.body).not.toContain('Atelier protégé');
  });
});

describe('ateliers : pages publiques', () => {
  it('trouve l’atelier près de Laon, avec la distance, et pas ailleurs', async () => {
    await publier({ titre: 'Atelier agenda' });
    const r = await t.app.inject({ url: '/ateliers?commune=Laon&rayon=10' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Atelier agenda');
    expect(r.body).toMatch(/à \d+(,\d)? km/);
    const loin = await t.app.inject({ url: '/ateliers?lat=43.3&lon=5.4&rayon=50' });
    expect(loin.body).not.toContain('Atelier agenda');
    const theme = await t.app.inject({ url: '/ateliers?commune=Laon&thematique=sante' });
    expect(theme.body).not.toContain('Atelier agenda');
    const inconnue = await t.app.inject({ url: '/ateliers?commune=Zzzzyx' });
    expect(inconnue.statusCode).toBe(422);
  });

  it('inscription sans compte : erreurs en français, confirmation, liste d’attente, même réponse en double', async () => {
    const id = await publier({
      titre: 'Atelier inscription',
      capacite: '1',
      accessibilite: 'Rampe d’accès côté parking',
    });
    const vide = await inscrire(id, { prenom: '', nom: '' });
    expect(vide.statusCode).toBe(422);
    expect(vide.body).toContain('Saisissez votre prénom.');
    expect(vide.body).toContain('Indiquez une adresse électronique ou un numéro de téléphone');
    expect(vide.body).toContain('Cochez la case');
    const sansJeton = await t.app.inject({
      method: 'POST',
      url: `/ateliers/${id}/inscription`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'prenom=A&nom=B&courriel=a%40b.fr&consentement=oui',
    });
    expect(sansJeton.statusCode).toBe(403);
    const p = { prenom: 'Jeanne', nom: 'Martin', courriel: 'jeanne@exemple.fr', consentement: 'oui' };
    const ok = await inscrire(id, p);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Votre place est réservée');
    const deux = await inscrire(id, { ...p, courriel: 'paul@exemple.fr', prenom: 'Paul' });
    expect(deux.body).toContain('liste d’attente');
    // Jeanne again: the answer a newcomer would get (full: waiting list), no second seat.
    const encore = await inscrire(id, p);
    expect(encore.body).toContain('liste d’attente');
    const rows = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.atelierId, id));
    expect(rows.map((r) => r.statut).sort()).toEqual(['attente', 'confirmee']);
    const fiche = await t.app.inject({ url: `/ateliers/${id}` });
    expect(fiche.body).toContain('Complet');
    expect(fiche.body).toContain('Rampe d’accès côté parking');
    expect(fiche.body).toContain('Médiathèque Suzanne Martinet');
    expect(fiche.body).toContain('1 personne en liste d’attente');
  });

  it('le lien d’annulation : forgé → page claire, vrai → confirmation puis annulation', async () => {
    const id = await publier({ titre: 'Atelier annulation', capacite: '3' });
    await inscrire(id, { prenom: 'Lou', nom: 'R', courriel: 'lou@exemple.fr', consentement: 'oui' });
    const mail = t.mailer.sent.findLast((m) => m.to === 'lou@exemple.fr')!;
    const url = /(\/ateliers\/inscription\/annuler\?jeton=[^\s]+)/.exec(mail.text)![1]!;
    const faux = await t.app.inject({ url: `${url.slice(0, -3)}abc` });
    expect(faux.statusCode).toBe(400);
    expect(faux.body).toContain('Ce lien d’annulation n’est pas valide');
    const page = await t.app.inject({ url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Annuler mon inscription');
    const jeton = decodeURIComponent(url.split('jeton=')[1]!);
    const r = await posterPublic(url, '/ateliers/inscription/annuler', { jeton });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Votre inscription est annulée');
    const [i] = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.courriel, 'lou@exemple.fr'));
    expect(i!.statut).toBe('annulee');
  });

  it('limite les inscriptions par adresse IP', async () => {
    const id = await publier({ titre: 'Atelier limite', capacite: '50' });
    const codes: number[] = [];
    for (let n = 0; n < 12; n++) {
      const page = await t.app.inject({ url: `/ateliers/${id}`, remoteAddress: '198.51.100.9' });
      const cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const r = await t.app.inject({
        method: 'POST',
        url: `/ateliers/${id}/inscription`,
        remoteAddress: '198.51.100.9',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({
          _csrf: csrf,
          prenom: 'X',
          nom: `Y${n}`,
          courriel: `x${n}@exemple.fr`,
          consentement: 'oui',
        }).toString(),
      });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 200)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});
