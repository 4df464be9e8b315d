import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { annulerAtelier } from './annuler-atelier.ts';
import { desinscrire, lireLienAnnulation } from './desinscrire.ts';
import { valeursVides } from './domain/atelier.ts';
import { inscrire } from './inscrire.ts';
import { jetonAnnulation } from './jeton.ts';
import { modifierAtelier } from './modifier-atelier.ts';
import { publierAtelier } from './publier-atelier.ts';
import { envoyerRappels } from './rappels.ts';

const MAINTENANT = new Date('2026-12-01T09:00:00Z');
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MAINTENANT;
  await seedLieuxDemo(t.deps.db, MAINTENANT);
});
afterAll(() => t.close());

const valeurs = (extra: Partial<ReturnType<typeof valeursVides>> = {}) => ({
  ...valeursVides(),
  titre: 'Premiers pas sur internet',
  thematiques: ['navigation_sur_internet'],
  lieuId: LIEUX_DEMO_GERES.laon,
  date: '2026-12-15',
  capacite: '3',
  ...extra,
});

const personne = (n: number) => ({
  prenom: `Prénom${n}`,
  nom: `Nom${n}`,
  courriel: `personne${n}@exemple.fr`,
  telephone: '',
  consentement: true,
});

async function publier(extra: Partial<ReturnType<typeof valeursVides>> = {}) {
  const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'), { now: t.clock.now });
  const r = await publierAtelier(ctx, valeurs(extra));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value.ids;
}

const systeme = () => systemContext(t.deps, { now: t.clock.now });
const statuts = async (atelierId: string) =>
  (await t.deps.db.select().from(ateliersInscriptions).where(eq(ateliersInscriptions.atelierId, atelierId)))
    .map((i) => i.statut)
    .sort();

describe('ateliers : places et liste d’attente', () => {
  it('20 inscriptions simultanées pour la dernière place : une seule confirmée, les autres en attente', async () => {
    const [id] = await publier({ capacite: '1' });
    const r = await Promise.all(Array.from({ length: 20 }, (_, n) => inscrire(systeme(), id!, personne(n))));
    expect(r.every((x) => x.ok)).toBe(true);
    const s = await statuts(id!);
    expect(s.filter((x) => x === 'confirmee')).toHaveLength(1);
    expect(s.filter((x) => x === 'attente')).toHaveLength(19);
    const rangs = (
      await t.deps.db.select().from(ateliersInscriptions).where(eq(ateliersInscriptions.atelierId, id!))
    )
      .map((i) => i.rangAttente)
      .filter((x) => x !== null)
      .sort((a, b) => a! - b!);
    expect(rangs).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('une seconde inscription avec la même adresse ne prend pas de place et répond pareil', async () => {
    const [id] = await publier({ capacite: '2' });
    const a = await inscrire(systeme(), id!, personne(1));
    const b = await inscrire(systeme(), id!, {
      ...personne(1),
      prenom: 'Autre',
      courriel: 'PERSONNE1@exemple.fr',
    });
    expect(a.ok && a.value.reponse).toBe('confirmee');
    expect(b.ok && b.value.reponse).toBe('confirmee');
    expect(await statuts(id!)).toEqual(['confirmee']);
    expect(t.mailer.sent.at(-1)!.subject).toMatch(/^Votre inscription/);
  });

  it('l’annulation par le lien libère la place : la première en attente est confirmée et prévenue', async () => {
    const [id] = await publier({ capacite: '1' });
    await inscrire(systeme(), id!, personne(1));
    await inscrire(systeme(), id!, personne(2));
    await inscrire(systeme(), id!, personne(3));
    const [premiere] = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.courriel, 'personne1@exemple.fr'))
      .orderBy(ateliersInscriptions.creeLe)
      .limit(50)
      .then((rows) => rows.filter((x) => x.atelierId === id));
    const confirmation = t.mailer.sent.find((m) => m.to === 'personne1@exemple.fr' && m.text.includes(id!))!;
    expect(confirmation.attachments?.[0]?.content).toContain('BEGIN:VEVENT');
    const jeton = decodeURIComponent(/jeton=([^\s]+)/.exec(confirmation.text)![1]!);
    expect(jeton).toBe(jetonAnnulation(t.deps.config.sessionSecret, premiere!.id));
    const avant = t.mailer.sent.length;
    const r = await desinscrire(systeme(), jeton);
    expect(r.ok).toBe(true);
    const rows = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.atelierId, id!));
    const par = Object.fromEntries(rows.map((x) => [x.courriel, x]));
    expect(par['personne1@exemple.fr']!.statut).toBe('annulee');
    expect(par['personne2@exemple.fr']).toMatchObject({ statut: 'confirmee', rangAttente: null });
    expect(par['personne3@exemple.fr']!.statut).toBe('attente');
    const nouveaux = t.mailer.sent.slice(avant);
    expect(nouveaux.find((m) => m.to === 'personne2@exemple.fr')!.subject).toMatch(/place s’est libérée/);
    // The same link again: already cancelled, nothing changes.
    const encore = await desinscrire(systeme(), jeton);
    expect(!encore.ok && encore.error.message).toBe('Cette inscription est déjà annulée.');
  });

  it('un lien forgé ou modifié est refusé, rien ne change ; après l’atelier il a expiré', async () => {
    const [id] = await publier({ capacite: '5' });
    await inscrire(systeme(), id!, personne(7));
    const [i] = await t.deps.db
      .select()
      .from(ateliersInscriptions)
      .where(eq(ateliersInscriptions.atelierId, id!));
    const vrai = jetonAnnulation(t.deps.config.sessionSecret, i!.id);
    for (const faux of [
      `${i!.id}.abc`,
      jetonAnnulation('autre-secret', i!.id),
      'n-importe-quoi',
      `${vrai}x`,
    ]) {
      const r = await desinscrire(systeme(), faux);
      expect(!r.ok && r.error.code).toBe('lien_invalide');
    }
    expect(await statuts(id!)).toEqual(['confirmee']);
    const plusTard = systemContext(t.deps, { now: new Date('2026-12-16T09:00:00Z') });
    const r = await lireLienAnnulation(plusTard, vrai);
    expect(!r.ok && r.error.code).toBe('lien_expire');
  });
});

describe('ateliers : publication, déplacement, annulation', () => {
  it('une série crée une séance par semaine jusqu’à la date donnée', async () => {
    const ids = await publier({ repetition: '1', jusquAu: '2027-01-05' });
    expect(ids).toHaveLength(4);
    const rows = await t.deps.db
      .select()
      .from(ateliers)
      .where(
        eq(
          ateliers.serieId,
          (await t.deps.db.select().from(ateliers).where(eq(ateliers.id, ids[0]!)))[0]!.serieId!,
        ),
      );
    expect(rows.map((r) => r.debut.toISOString()).sort()).toEqual([
      '2026-12-15T13:00:00.000Z',
      '2026-12-22T13:00:00.000Z',
      '2026-12-29T13:00:00.000Z',
      '2027-01-05T13:00:00.000Z',
    ]);
  });

  it('refuse une date passée, une fin avant le début, une capacité hors bornes, en français', async () => {
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'), { now: t.clock.now });
    const r = await publierAtelier(ctx, valeurs({ date: '2026-11-01', capacite: '900', titre: 'A' }));
    expect(!r.ok && 'erreurs' in r && r.erreurs).toMatchObject({
      date: 'La date de l’atelier ne peut pas être passée.',
      capacite: 'Indiquez un nombre de places entre 1 et 500.',
      titre: expect.stringContaining('titre'),
    });
    const r2 = await publierAtelier(ctx, valeurs({ heureDebut: '16:00', heureFin: '15:00' }));
    expect(!r2.ok && 'erreurs' in r2 && r2.erreurs.heureFin).toBe(
      'L’heure de fin doit être après l’heure de début.',
    );
  });

  it('déplacer prévient chaque inscrit ; agrandir confirme la liste d’attente ; annuler prévient tout le monde', async () => {
    const [id] = await publier({ capacite: '1' });
    await inscrire(systeme(), id!, personne(11));
    await inscrire(systeme(), id!, personne(12));
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'), { now: t.clock.now });
    let avant = t.mailer.sent.length;
    const m = await modifierAtelier(ctx, id!, valeurs({ capacite: '1', date: '2026-12-17' }));
    expect(m.ok && m.value).toEqual({ deplace: true, prevenus: 2 });
    expect(t.mailer.sent.slice(avant).map((x) => x.subject)).toEqual([
      'Atelier modifié : Premiers pas sur internet',
      'Atelier modifié : Premiers pas sur internet',
    ]);
    avant = t.mailer.sent.length;
    const g = await modifierAtelier(ctx, id!, valeurs({ capacite: '2', date: '2026-12-17' }));
    expect(g.ok && g.value.deplace).toBe(false);
    expect(t.mailer.sent.slice(avant).map((x) => x.to)).toEqual(['personne12@exemple.fr']);
    expect(await statuts(id!)).toEqual(['confirmee', 'confirmee']);
    const reduit = await modifierAtelier(ctx, id!, valeurs({ capacite: '1', date: '2026-12-17' }));
    expect(!reduit.ok && 'erreurs' in reduit && reduit.erreurs.capacite).toMatch(/au moins 2 places/);
    avant = t.mailer.sent.length;
    const a = await annulerAtelier(ctx, id!);
    expect(a.ok && a.value.prevenus).toBe(2);
    expect(t.mailer.sent.slice(avant).every((x) => x.subject.startsWith('Atelier annulé'))).toBe(true);
    const apres = await inscrire(systeme(), id!, personne(13));
    expect(!apres.ok && 'error' in apres && apres.error.code).toBe('atelier_annule');
  });

  it('une autre structure ne peut ni modifier ni annuler', async () => {
    const [id] = await publier();
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'association'), { now: t.clock.now });
    const m = await modifierAtelier(ctx, id!, valeurs());
    expect(!m.ok && 'error' in m && m.error.status).toBe(404);
    const a = await annulerAtelier(ctx, id!);
    expect(!a.ok && a.error.status).toBe(404);
  });
});

describe('ateliers : rappel la veille', () => {
  it('un rappel par inscrit confirmé des ateliers du lendemain, une seule fois', async () => {
    const [id] = await publier({ capacite: '1', date: '2026-12-20', titre: 'Atelier rappel' });
    await inscrire(systeme(), id!, personne(31));
    await inscrire(systeme(), id!, personne(32));
    const veille = new Date('2026-12-19T09:00:00Z');
    const avant = t.mailer.sent.length;
    const r = await envoyerRappels(systemContext(t.deps, { now: veille }));
    const rappels = t.mailer.sent.slice(avant).filter((m) => m.subject === 'Rappel : Atelier rappel demain');
    expect(rappels.map((m) => m.to)).toEqual(['personne31@exemple.fr']);
    expect(r.envoyes).toBeGreaterThanOrEqual(1);
    const encore = await envoyerRappels(systemContext(t.deps, { now: new Date('2026-12-19T15:00:00Z') }));
    expect(encore.envoyes).toBe(0);
    // Two days before: nothing yet.
    const [id2] = await publier({ date: '2026-12-22', titre: 'Atelier plus tard' });
    await inscrire(systeme(), id2!, personne(33));
    const tot = t.mailer.sent.length;
    await envoyerRappels(systemContext(t.deps, { now: veille }));
    expect(t.mailer.sent.slice(tot).some((m) => m.to === 'personne33@exemple.fr')).toBe(false);
  });
});
