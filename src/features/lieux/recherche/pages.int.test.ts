import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiesOf, createTestApp, csrfOf, type TestContext } from '../../../../tests/helpers/app.ts';
import { evenementsAudit, lieuxSignalements } from '../../../db/schema/index.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../demo/seed-lieux.ts';

const MARDI_10H = new Date('2024-10-08T08:00:00Z');
const DEMARCHES = 'Aide aux démarches administratives';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MARDI_10H;
  await seedLieuxDemo(t.deps.db, MARDI_10H);
});
afterAll(() => t.close());

/** Names and distances of the result list, in page order. */
function resultats(html: string): { nom: string; km: number }[] {
  const out: { nom: string; km: number }[] = [];
  const re =
    /<li class="maillage-resultat"><h3[^>]*><a href="\/lieux\/[^"]+">([^<]+)<\/a><\/h3>(?:<p[^>]*maillage-distance[^>]*>à ([\d,]+) (km|m)<\/p>)?/g;
  for (const m of html.matchAll(re)) {
    const v = m[2] ? Number(m[2].replace(',', '.')) : Number.NaN;
    out.push({ nom: m[1]!, km: m[3] === 'm' ? v / 1000 : v });
  }
  return out;
}

describe('page publique /lieux (sans JavaScript : formulaire GET)', () => {
  it('commune « Laon », 20 km, « Aide aux démarches administratives » : lieux triés par distance, distance affichée', async () => {
    const url = `/lieux?q=Laon&rayon=20&services=${encodeURIComponent(DEMARCHES)}`;
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(200);
    const liste = resultats(res.body);
    expect(liste.length).toBeGreaterThan(5);
    const km = liste.map((r) => r.km);
    expect(km.every((k) => k <= 20)).toBe(true);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(res.body).toMatch(/\d+ lieux à moins de 20 km de Laon \(02000\)/);
    expect(res.body).toMatch(/name="services" value="Aide aux démarches administratives" checked/);
  });

  it('élide devant une voyelle : « à moins de 10 km d’Amiens »', async () => {
    const res = await t.app.inject({ url: '/lieux?q=Amiens&rayon=10' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/à moins de 10 km d’Amiens \(80\d{3}\)/);
    expect(res.body).not.toContain('km de Amiens');
  });

  it('code postal, pagination, vue carte', async () => {
    const p1 = await t.app.inject({ url: '/lieux?q=02000&rayon=100' });
    expect(p1.statusCode).toBe(200);
    const l1 = resultats(p1.body);
    expect(l1).toHaveLength(20);
    expect(p1.body).toContain('Page suivante');
    const p2 = resultats((await t.app.inject({ url: '/lieux?q=02000&rayon=100&page=2' })).body);
    expect(p2.length).toBeGreaterThan(0);
    expect(p2[0]!.km).toBeGreaterThanOrEqual(l1[19]!.km);
    const carte = await t.app.inject({ url: '/lieux?q=Laon&rayon=20&vue=carte' });
    expect(carte.body).toContain('id="carte-lieux"');
    expect(carte.body).toMatch(
      /data-points="\/api\/v1\/lieux\/points\?near=[\d.]+%2C[\d.]+&amp;radius_km=20"/,
    );
    expect(carte.body).toContain('/static/lieux-carte.js');
    expect(resultats(carte.body).length).toBeGreaterThan(0);
  });

  it('une commune sans lieu : autour de son centre connu du référentiel géographique', async () => {
    const res = await t.app.inject({ url: '/lieux?q=Corbeny&rayon=20' });
    expect(res.body).toMatch(/\d+ lieux? à moins de 20 km de Corbeny \(02820\)/);
    const km = resultats(res.body).map((r) => r.km);
    expect(km.length).toBeGreaterThan(0);
    expect(Math.min(...km)).toBeGreaterThan(1);
  });

  it('plusieurs communes du même nom : un choix ; un nom de lieu : recherche par nom', async () => {
    const choix = await t.app.inject({ url: '/lieux?q=Saint-Denis' });
    expect(choix.body).toContain('Plusieurs communes correspondent');
    expect(choix.body).toMatch(/href="\/lieux\?q=Saint-Denis[^"]*commune=93066/);
    const nom = await t.app.inject({ url: '/lieux?q=Suzanne%20Martinet' });
    expect(resultats(nom.body).map((r) => r.nom)).toEqual(['Médiathèque Suzanne Martinet']);
  });

  it('ouvert maintenant : seulement des lieux ouverts', async () => {
    const res = await t.app.inject({ url: '/lieux?q=Laon&rayon=20&ouvert=1' });
    expect(res.body).toMatch(/lieux ouverts maintenant à moins de 20 km/);
    const badges = [...res.body.matchAll(/fr-badge--no-icon[^"]*">([^<]+)</g)].map((m) => m[1]);
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['Ouvert']));
  });
});

describe('fiche d’un lieu et « signaler une erreur »', () => {
  it('tous les champs en français, horaires de la semaine, contacts, provenance', async () => {
    const res = await t.app.inject({ url: `/lieux/${LIEUX_DEMO_GERES.laonPerime}` });
    expect(res.statusCode).toBe(200);
    for (const texte of [
      'Espace numérique de l’Hôtel de Ville de Laon',
      'Horaires de la semaine',
      'Lundi 7 octobre',
      '9 h – 12 h, 14 h – 17 h 30',
      'Samedi 12 octobre',
      'Dimanche 13 octobre',
      'Ferme à 12 h',
      'Ce que propose le lieu',
      DEMARCHES,
      'Gestionnaire dans Maillage',
      'Commune de Laon',
      'Démonstration Maillage',
      'Signaler une erreur',
    ]) {
      expect(res.body, texte).toContain(texte);
    }
    expect(
      await t.app.inject({ url: '/lieux/00000000-0000-4000-8000-0000000000ff' }).then((r) => r.statusCode),
    ).toBe(404);
  });

  it('le signalement est enregistré, audité et envoyé au gestionnaire et à l’ANCT', async () => {
    const page = await t.app.inject({ url: `/lieux/${LIEUX_DEMO_GERES.laonPerime}` });
    const cookie = cookiesOf(page);
    const avant = t.mailer.sent.length;
    const res = await t.app.inject({
      method: 'POST',
      url: `/lieux/${LIEUX_DEMO_GERES.laonPerime}/signaler`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: csrfOf(page.body),
        message: 'Le lieu est fermé le samedi depuis septembre.',
        email: 'habitant@example.org',
      }).toString(),
    });
    expect(res.statusCode).toBe(303);
    const [s] = await t.deps.db
      .select()
      .from(lieuxSignalements)
      .where(eq(lieuxSignalements.lieuId, LIEUX_DEMO_GERES.laonPerime));
    expect(s).toMatchObject({
      message: 'Le lieu est fermé le samedi depuis septembre.',
      email: 'habitant@example.org',
    });
    const [audit] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'lieu.signalement'));
    expect(audit).toMatchObject({ entiteId: LIEUX_DEMO_GERES.laonPerime, departementCode: '02' });
    const mails = t.mailer.sent.slice(avant);
    expect(mails.map((m) => m.to).sort()).toEqual(['anct@demo.maillage.fr', 'laon@demo.maillage.fr']);
    expect(mails[0]!.text).toContain('Le lieu est fermé le samedi depuis septembre.');
    expect(mails[0]!.text).toContain('habitant@example.org');
    const suite = await t.app.inject({
      url: res.headers.location as string,
      headers: { cookie: cookiesOf(res, cookie) },
    });
    expect(suite.body).toContain('votre signalement a été transmis');
  });

  it('message trop court, adresse invalide : erreurs en français, rien n’est enregistré', async () => {
    const page = await t.app.inject({ url: `/lieux/${LIEUX_DEMO_GERES.laon}` });
    const avant = t.mailer.sent.length;
    const res = await t.app.inject({
      method: 'POST',
      url: `/lieux/${LIEUX_DEMO_GERES.laon}/signaler`,
      headers: { cookie: cookiesOf(page), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: csrfOf(page.body),
        message: 'faux',
        email: 'pas-une-adresse',
      }).toString(),
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Décrivez l’erreur en quelques mots');
    expect(res.body).toContain('Adresse électronique invalide');
    expect(res.body).toContain('aria-invalid="true"');
    const rows = await t.deps.db
      .select()
      .from(lieuxSignalements)
      .where(eq(lieuxSignalements.lieuId, LIEUX_DEMO_GERES.laon));
    expect(rows).toHaveLength(0);
    expect(t.mailer.sent.length).toBe(avant);
  });

  it('limité en fréquence (429 au-delà de 5 en 15 minutes)', async () => {
    const page = await t.app.inject({ url: `/lieux/${LIEUX_DEMO_GERES.laon}`, remoteAddress: '10.0.0.9' });
    const envoyer = () =>
      t.app.inject({
        method: 'POST',
        url: `/lieux/${LIEUX_DEMO_GERES.laon}/signaler`,
        remoteAddress: '10.0.0.9',
        headers: { cookie: cookiesOf(page), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrfOf(page.body), message: 'x' }).toString(),
      });
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await envoyer()).statusCode);
    expect(codes.slice(0, 5)).toEqual([422, 422, 422, 422, 422]);
    expect(codes[5]).toBe(429);
  });
});
