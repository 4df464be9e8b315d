import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { evenementsAudit, lieux, lieuxSignalements } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../demo/seed-lieux.ts';
import { signalerErreur } from '../recherche/signaler-erreur.ts';

const MARDI_10H = new Date('2024-10-08T08:00:00Z');
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MARDI_10H;
  await seedLieuxDemo(t.deps.db, MARDI_10H);
});
afterAll(() => t.close());

async function signaler(lieuId: string, message: string, email = '') {
  const r = await signalerErreur(systemContext(t.deps), { lieuId, donnees: { message, email } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.id;
}

async function voir(persona: string, url: string) {
  const cookie = await sessionCookieFor(t, persona);
  return t.app.inject({ url, headers: { cookie } });
}

async function clore(persona: string, base: string, id: string, champs: Record<string, string>) {
  const cookie = await sessionCookieFor(t, persona);
  const s = await formSession(t, cookie, `${base}/${id}`);
  return t.app.inject({
    method: 'POST',
    url: `${base}/${id}`,
    headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: s.csrf, ...champs }).toString(),
  });
}

const STRUCTURE = '/structure/lieux/signalements';
const ANCT = '/admin/lieux/signalements';

describe('file des signalements (issue 8)', () => {
  it('la structure propriétaire voit les signalements de ses lieux ; une autre structure rien', async () => {
    const id = await signaler(LIEUX_DEMO_GERES.laon, 'Le numéro de téléphone ne répond plus du tout.');
    const laon = await voir('laon', STRUCTURE);
    expect(laon.statusCode).toBe(200);
    expect(laon.body).toContain('Le numéro de téléphone ne répond plus du tout.');
    expect(laon.body).toContain(`${STRUCTURE}/${id}`);
    const autre = await voir('association', STRUCTURE);
    expect(autre.statusCode).toBe(200);
    expect(autre.body).not.toContain('Le numéro de téléphone ne répond plus');
    expect(autre.body).toContain('Aucun signalement à traiter.');
    // Another structure can neither open nor close it: as if it did not exist.
    expect((await voir('association', `${STRUCTURE}/${id}`)).statusCode).toBe(404);
    const tentative = await clore('association', STRUCTURE, id, { issue: 'sans_suite' });
    expect(tentative.statusCode).toBe(404);
    const [ligne] = await t.deps.db.select().from(lieuxSignalements).where(eq(lieuxSignalements.id, id));
    expect(ligne?.statut).toBe('nouveau');
    // Citizens, candidates and préfectures have no queue.
    expect((await voir('prefecture02', ANCT)).statusCode).toBe(403);
    expect((await voir('candidat', STRUCTURE)).statusCode).toBe(403);
    expect((await t.app.inject({ url: STRUCTURE })).statusCode).toBe(302);
  });

  it('ANCT voit tous les signalements, y compris ceux des lieux sans gestionnaire', async () => {
    const id = await signaler(await lieuSansGestionnaire(), 'Ce lieu a déménagé rue Victor Hugo.');
    const anct = await voir('anct', ANCT);
    expect(anct.statusCode).toBe(200);
    expect(anct.body).toContain('Ce lieu a déménagé rue Victor Hugo.');
    expect(anct.body).toContain('Le numéro de téléphone ne répond plus du tout.');
    expect((await voir('laon', STRUCTURE)).body).not.toContain('Ce lieu a déménagé');
    expect((await voir('anct', `${ANCT}/${id}`)).statusCode).toBe(200);
  });

  it('une suite invalide donne un message français, jamais une 500', async () => {
    const id = await signaler(LIEUX_DEMO_GERES.laon, 'Les horaires du samedi sont faux.');
    const res = await clore('laon', STRUCTURE, id, { issue: 'peut-etre', note: 'x'.repeat(2001) });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Indiquez la suite donnée : « Corrigé » ou « Sans suite ».');
    expect(res.body).toContain('La note ne doit pas dépasser 2 000 caractères.');
    expect((await clore('laon', STRUCTURE, 'pas-un-uuid', { issue: 'corrige' })).statusCode).toBe(404);
  });

  it('la structure clôt un signalement : audit dans la transaction, courriel à la personne, liste des clos', async () => {
    const id = await signaler(
      LIEUX_DEMO_GERES.laon,
      'L’adresse indiquée est celle de l’ancienne mairie.',
      'habitant@example.org',
    );
    const avant = t.mailer.sent.length;
    const res = await clore('laon', STRUCTURE, id, { issue: 'corrige', note: 'Adresse mise à jour, merci.' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(STRUCTURE);
    const [ligne] = await t.deps.db.select().from(lieuxSignalements).where(eq(lieuxSignalements.id, id));
    expect(ligne).toMatchObject({ statut: 'traite', issue: 'corrige', note: 'Adresse mise à jour, merci.' });
    expect(ligne?.traiteLe).toEqual(MARDI_10H);
    const audits = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'lieu.signalement.traitement'));
    expect(audits.find((a) => (a.details as { signalementId?: string }).signalementId === id)).toMatchObject({
      entiteId: LIEUX_DEMO_GERES.laon,
      acteurRole: expect.stringContaining('structure'),
    });
    const mails = t.mailer.sent.slice(avant);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: 'habitant@example.org' });
    expect(mails[0]?.subject).toContain('a été traité');
    expect(mails[0]?.text).toContain('L’erreur a été corrigée');
    expect(mails[0]?.text).toContain('Adresse mise à jour, merci.');
    expect(mails[0]?.text).toContain(`/lieux/${LIEUX_DEMO_GERES.laon}`);
    // Closed: out of the open list, in the closed one; closing again is refused.
    expect((await voir('laon', STRUCTURE)).body).not.toContain('ancienne mairie');
    expect((await voir('laon', `${STRUCTURE}?statut=traite`)).body).toContain('ancienne mairie');
    const encore = await clore('anct', ANCT, id, { issue: 'sans_suite' });
    expect(encore.statusCode).toBe(303);
    const [apres] = await t.deps.db.select().from(lieuxSignalements).where(eq(lieuxSignalements.id, id));
    expect(apres?.issue).toBe('corrige');
  });

  it('ANCT clôt « sans suite » un signalement sans adresse : aucun courriel', async () => {
    const id = await signaler(LIEUX_DEMO_GERES.laonPerime, 'Ce lieu n’existe plus, je crois bien.');
    const avant = t.mailer.sent.length;
    const res = await clore('anct', ANCT, id, { issue: 'sans_suite' });
    expect(res.statusCode).toBe(303);
    expect(t.mailer.sent.length).toBe(avant);
    const page = await voir('anct', `${ANCT}/${id}`);
    expect(page.body).toContain('Sans suite');
  });
});

async function lieuSansGestionnaire(): Promise<string> {
  const [l] = await t.deps.db.select({ id: lieux.id }).from(lieux).where(isNull(lieux.structureId)).limit(1);
  return l!.id;
}
