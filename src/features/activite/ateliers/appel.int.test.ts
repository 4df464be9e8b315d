import { eq } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { accompagnements, activites, ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { valeursVides } from './domain/atelier.ts';
import { inscrire } from './inscrire.ts';
import { publierAtelier } from './publier-atelier.ts';

const AVANT = new Date('2026-12-01T09:00:00Z');
const PENDANT = new Date('2026-12-10T13:30:00Z');
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = AVANT;
  await seedLieuxDemo(t.deps.db, AVANT);
});
afterAll(() => t.close());

async function texteDuPdf(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const contenu = await (await doc.getPage(i)).getTextContent();
    pages.push(contenu.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

async function atelierAvecInscrits(titre: string) {
  t.clock.now = AVANT;
  const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'), { now: AVANT });
  const r = await publierAtelier(ctx, {
    ...valeursVides(),
    titre,
    thematiques: ['email'],
    lieuId: LIEUX_DEMO_GERES.laon,
    date: '2026-12-10',
    capacite: '5',
  });
  if (!r.ok) throw new Error('publication');
  const id = r.value.ids[0]!;
  for (const [prenom, nom] of [
    ['Hélène', 'Dupré'],
    ['Marc', 'Lefèvre'],
  ])
    await inscrire(systemContext(t.deps, { now: AVANT }), id, {
      prenom: prenom!,
      nom: nom!,
      courriel: `${prenom!.toLowerCase()}@exemple.fr`,
      telephone: '',
      consentement: true,
    });
  return id;
}

describe('ateliers : émargement et appel', () => {
  it('la feuille d’émargement liste les inscrits confirmés ; une autre structure n’y a pas accès', async () => {
    const id = await atelierAvecInscrits('Atelier émargement');
    const cookie = await sessionCookieFor(t, 'conseiller');
    const r = await t.app.inject({ url: `/activite/ateliers/${id}/emargement.pdf`, headers: { cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('application/pdf');
    const texte = await texteDuPdf(r.rawPayload);
    expect(texte).toContain('Feuille d’émargement');
    expect(texte).toContain('Atelier émargement');
    expect(texte).toContain('Dupré');
    expect(texte).toContain('Lefèvre');
    const autre = await sessionCookieFor(t, 'association');
    const refus = await t.app.inject({
      url: `/activite/ateliers/${id}/emargement.pdf`,
      headers: { cookie: autre },
    });
    expect(refus.statusCode).toBe(404);
    const appel = await t.app.inject({ url: `/activite/ateliers/${id}/appel`, headers: { cookie: autre } });
    expect(appel.statusCode).toBe(404);
  });

  it('l’appel marque les présences et crée l’activité collective une seule fois', async () => {
    const id = await atelierAvecInscrits('Atelier appel');
    const inscrits = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.atelierId, id));
    const helene = inscrits.find((i) => i.prenom === 'Hélène')!;
    let cookie = await sessionCookieFor(t, 'conseiller');
    const tot = await posterFormulaire(
      t,
      cookie,
      `/activite/ateliers/${id}/appel`,
      `/activite/ateliers/${id}/appel`,
      {
        presents: [helene.id],
      },
    );
    expect(tot.statusCode).toBe(409);
    expect(tot.body).toContain('L’appel se fait une fois l’atelier commencé.');

    t.clock.now = PENDANT;
    cookie = await sessionCookieFor(t, 'conseiller');
    const r = await posterFormulaire(
      t,
      cookie,
      `/activite/ateliers/${id}/appel`,
      `/activite/ateliers/${id}/appel`,
      {
        presents: [helene.id],
        sans_feminin: '2',
        sans_masculin: '1',
      },
    );
    expect(r.statusCode).toBe(303);
    const [a] = await t.deps.db.select().from(ateliers).where(eq(ateliers.id, id));
    expect(a!.activiteId).not.toBeNull();
    const [act] = await t.deps.db.select().from(activites).where(eq(activites.id, a!.activiteId!));
    expect(act).toMatchObject({
      type: 'collectif',
      atelierId: id,
      titre: 'Atelier appel',
      dureeMinutes: 120,
      date: '2026-12-10',
    });
    const acc = await t.deps.db.select().from(accompagnements).where(eq(accompagnements.activiteId, act!.id));
    expect(acc).toHaveLength(4);
    const presences = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.atelierId, id));
    expect(Object.fromEntries(presences.map((p) => [p.prenom, p.present]))).toEqual({
      Hélène: true,
      Marc: false,
    });

    const encore = await posterFormulaire(
      t,
      cookie,
      `/activite/ateliers/${id}/appel`,
      `/activite/ateliers/${id}/appel`,
      {
        presents: [helene.id, presences.find((p) => p.prenom === 'Marc')!.id],
      },
    );
    expect(encore.statusCode).toBe(303);
    const page = await t.app.inject({
      url: `/activite/ateliers/${id}/appel`,
      headers: { cookie: encore.jar },
    });
    expect(page.body).toContain('déjà enregistrée');
    const toutes = await t.deps.db.select().from(activites).where(eq(activites.atelierId, id));
    expect(toutes).toHaveLength(1);
    const apres = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.atelierId, id));
    expect(apres.every((p) => p.present)).toBe(true);
  });
});
