import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FormulaireLieu, formulaireLieu } from '../../../../tests/factories/lieu.ts';
import { cookiesOf, createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { evenementsAudit, lieux } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES } from '../../comptes/demo/personas.ts';
import { prng, siretAleatoire } from '../demo/generateur.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../demo/seed-lieux.ts';
import { nomChampHoraire } from '../domain/horaires-editeur.ts';

const MARDI_10H = new Date('2024-10-08T08:00:00Z');
/** A SIRET with a right checksum (the demo commune's own does not pass Luhn). */
const SIRET = siretAleatoire(prng(7));

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MARDI_10H;
  await seedLieuxDemo(t.deps.db, MARDI_10H);
});
afterAll(() => t.close());

/** A valid form for a new place in Laon (tests/factories/lieu.ts), always with the same SIRET. */
const formulaire = (extra: FormulaireLieu = {}) => formulaireLieu({ pivot: SIRET, ...extra });

async function poster(
  persona: string,
  url: string,
  pageUrl: string,
  corps: URLSearchParams,
  membership?: string,
) {
  const cookie = await sessionCookieFor(t, persona, membership ? { membership } : {});
  const s = await formSession(t, cookie, pageUrl);
  corps.set('_csrf', s.csrf);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: corps.toString(),
  });
}

async function ligne(id: string) {
  const [row] = await t.deps.db.select().from(lieux).where(eq(lieux.id, id));
  return row!;
}

describe('gestion des lieux par une structure', () => {
  it('liste ses lieux seulement, le lieu périmé signalé « à actualiser »', async () => {
    const cookie = await sessionCookieFor(t, 'laon');
    const res = await t.app.inject({ url: '/structure/lieux', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Espace numérique de l’Hôtel de Ville de Laon');
    expect(res.body).toContain('Médiathèque Suzanne Martinet');
    expect(res.body).toContain('1 lieu n’a pas été mis à jour depuis plus de 6 mois');
    expect(res.body.match(/>À actualiser</g)).toHaveLength(1);
    // Places of the agglomeration (same town) are not listed.
    const agglo = await t.deps.db
      .select()
      .from(lieux)
      .where(eq(lieux.structureId, DEMO_STRUCTURES.paysDeLaon.id));
    for (const l of agglo) expect(res.body).not.toContain(`/lieux/${l.id}"`);
  });

  it('crée un lieu : validé, horaires écrits en OSM, date du jour, audité, publié dans la recherche', async () => {
    const res = await poster('laon', '/structure/lieux/nouveau', '/structure/lieux/nouveau', formulaire());
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const [cree] = await t.deps.db.select().from(lieux).where(eq(lieux.nom, 'Point numérique de la gare'));
    expect(cree).toMatchObject({
      structureId: DEMO_STRUCTURES.laon.id,
      commune: 'Laon',
      codePostal: '02000',
      codeInsee: '02408',
      departementCode: '02',
      telephone: '+33323223030',
      horaires: 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off',
      dateMaj: '2024-10-08',
      source: 'Commune de Laon',
    });
    expect(cree!.horairesAnalyse).toMatchObject({ valide: true, stable: true, joursFeries: true });
    const [audit] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(and(eq(evenementsAudit.action, 'lieu.creation'), eq(evenementsAudit.entiteId, cree!.id)));
    expect(audit).toMatchObject({
      structureId: DEMO_STRUCTURES.laon.id,
      acteurRole: `structure:${DEMO_STRUCTURES.laon.id}`,
    });
    const api = await t.app.inject({ url: '/api/v1/lieux?near=49.5641,3.6199&radius_km=2&limit=200' });
    expect(api.json().data.map((d: { id: string }) => d.id)).toContain(cree!.id);
  });

  it('formulaire invalide : SIRET à la clé fausse, horaires incohérents, sans service → 422, rien d’écrit', async () => {
    const avant = (await t.deps.db.select().from(lieux)).length;
    const res = await poster(
      'laon',
      '/structure/lieux/nouveau',
      '/structure/lieux/nouveau',
      formulaire({
        nom: 'Lieu refusé',
        pivot: '21020408700018',
        [nomChampHoraire(1, 'matin', 'fin')]: '08:00',
        services: [],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('clé de contrôle');
    expect(res.body).toContain('Mardi matin : la fermeture doit suivre l’ouverture.');
    expect(res.body).toContain('Cochez au moins un service');
    expect(res.body).toContain('value="Lieu refusé"');
    expect((await t.deps.db.select().from(lieux)).length).toBe(avant);
  });

  it('horaires au format OSM : acceptés tels quels, illisibles refusés avec le message', async () => {
    const illisible = await poster(
      'laon',
      '/structure/lieux/nouveau',
      '/structure/lieux/nouveau',
      formulaire({ nom: 'Lieu OSM', horaires_mode: 'texte', horaires_texte: 'du lundi au vendredi' }),
    );
    expect(illisible.statusCode).toBe(422);
    expect(illisible.body).toContain('Horaires illisibles');
    const ok = await poster(
      'laon',
      '/structure/lieux/nouveau',
      '/structure/lieux/nouveau',
      formulaire({ nom: 'Lieu OSM', horaires_mode: 'texte', horaires_texte: 'Fr 22:00-02:00' }),
    );
    expect(ok.statusCode).toBe(303);
    const [l] = await t.deps.db.select().from(lieux).where(eq(lieux.nom, 'Lieu OSM'));
    expect(l!.horaires).toBe('Fr 22:00-02:00');
    const edition = await t.app.inject({
      url: `/structure/lieux/${l!.id}/modifier`,
      headers: { cookie: await sessionCookieFor(t, 'laon') },
    });
    expect(edition.body).toMatch(/id="horaires-mode-texte" name="horaires_mode" value="texte" checked/);
  });

  it('modifie son lieu : date_maj suit la modification, audit des champs changés', async () => {
    expect((await ligne(LIEUX_DEMO_GERES.laonPerime)).dateMaj < '2024-04-08').toBe(true);
    const page = await t.app.inject({
      url: `/structure/lieux/${LIEUX_DEMO_GERES.laonPerime}/modifier`,
      headers: { cookie: await sessionCookieFor(t, 'laon') },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="Espace numérique de l’Hôtel de Ville de Laon"');
    expect(page.body).toContain(`name="${nomChampHoraire(5, 'matin', 'debut')}" value="09:00"`);
    const res = await poster(
      'laon',
      `/structure/lieux/${LIEUX_DEMO_GERES.laonPerime}/modifier`,
      `/structure/lieux/${LIEUX_DEMO_GERES.laonPerime}/modifier`,
      formulaire({ nom: 'Espace numérique de l’Hôtel de Ville' }),
    );
    expect(res.statusCode).toBe(303);
    const apres = await ligne(LIEUX_DEMO_GERES.laonPerime);
    expect(apres).toMatchObject({ nom: 'Espace numérique de l’Hôtel de Ville', dateMaj: '2024-10-08' });
    const [audit] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(
        and(
          eq(evenementsAudit.action, 'lieu.modification'),
          eq(evenementsAudit.entiteId, LIEUX_DEMO_GERES.laonPerime),
        ),
      );
    expect((audit!.details as { champs: string[] }).champs).toContain('nom');
  });

  it('une autre structure ne peut ni voir le formulaire ni modifier ni confirmer : 404, rien d’écrit', async () => {
    const avant = await ligne(LIEUX_DEMO_GERES.laon);
    const cookie = await sessionCookieFor(t, 'association');
    const get = await t.app.inject({
      url: `/structure/lieux/${LIEUX_DEMO_GERES.laon}/modifier`,
      headers: { cookie },
    });
    expect(get.statusCode).toBe(404);
    const post = await poster(
      'association',
      `/structure/lieux/${LIEUX_DEMO_GERES.laon}/modifier`,
      '/structure/lieux',
      formulaire({ nom: 'Détourné' }),
    );
    expect(post.statusCode).toBe(404);
    const confirmer = await poster(
      'association',
      `/structure/lieux/${LIEUX_DEMO_GERES.laon}/confirmer`,
      '/structure/lieux',
      new URLSearchParams(),
    );
    expect(confirmer.statusCode).toBe(404);
    expect(await ligne(LIEUX_DEMO_GERES.laon)).toEqual(avant);
    const audits = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(
        and(eq(evenementsAudit.entiteId, LIEUX_DEMO_GERES.laon), eq(evenementsAudit.entiteType, 'lieu')),
      );
    expect(audits).toHaveLength(0);
    // Not a structure at all: the role is refused.
    const prefecture = await t.app.inject({
      url: '/structure/lieux',
      headers: { cookie: await sessionCookieFor(t, 'prefecture02') },
    });
    expect(prefecture.statusCode).toBe(403);
  });

  it('confirmer « à jour » sort le lieu de la liste à actualiser (structure et ANCT)', async () => {
    const perime = (
      await t.deps.db.select().from(lieux).where(eq(lieux.structureId, DEMO_STRUCTURES.paysDeLaon.id))
    ).find((l) => l.dateMaj < '2024-04-08')!;
    const anct = await sessionCookieFor(t, 'anct');
    const liste = await t.app.inject({
      url: '/admin/lieux/a-actualiser?departement=02',
      headers: { cookie: anct },
    });
    expect(liste.statusCode).toBe(200);
    expect(liste.body).toContain(perime.nom);
    expect(liste.body).toContain('Communauté d’agglomération du Pays de Laon');
    const res = await poster(
      'epci',
      `/structure/lieux/${perime.id}/confirmer`,
      '/structure/lieux',
      new URLSearchParams(),
    );
    expect(res.statusCode).toBe(303);
    expect((await ligne(perime.id)).dateMaj).toBe('2024-10-08');
    const apres = await t.app.inject({
      url: '/admin/lieux/a-actualiser?departement=02',
      headers: { cookie: anct },
    });
    expect(apres.body).not.toContain(`/lieux/${perime.id}"`);
    const structure = await t.app.inject({
      url: '/admin/lieux/a-actualiser',
      headers: { cookie: await sessionCookieFor(t, 'epci') },
    });
    expect(structure.statusCode).toBe(403);
  });

  it('le conseiller de la structure modifie ses lieux mais n’en crée pas', async () => {
    const cookie = await sessionCookieFor(t, 'conseiller');
    expect((await t.app.inject({ url: '/structure/lieux', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/structure/lieux/nouveau', headers: { cookie } })).statusCode).toBe(
      403,
    );
    const res = await t.app.inject({
      url: `/structure/lieux/${LIEUX_DEMO_GERES.laon}/modifier`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(cookiesOf(res, cookie)).toContain('maillage_session');
  });
});
