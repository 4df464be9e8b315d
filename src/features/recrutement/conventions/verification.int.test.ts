import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona, structureValidee } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { cookieDe, posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { conventions, evenementsAudit } from '../../../db/schema/index.ts';
import { persona } from '../../comptes/index.ts';
import { calculerAvancement } from '../programme/avancement.ts';
import { signerConvention } from './signer-convention.ts';
import { verifierSignature } from './verifier-signature.ts';

const PDF = { nom: 'signee.pdf', contenu: Buffer.from('%PDF-1.4\n% signée par le maire\n') };

async function conventionDe(t: TestContext, candidatureId: string) {
  const [c] = await t.deps.db.select().from(conventions).where(eq(conventions.candidatureId, candidatureId));
  return c!;
}

describe('vérification de la convention signée par l’ANCT', () => {
  let t: TestContext;
  let anct: string;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2021-03-10T09:00:00Z');
    anct = await sessionCookieFor(t, 'anct');
  });
  afterAll(() => t.close());

  it('dépôt → à vérifier (ne compte pas) → renvoi motivé → nouveau dépôt → validation (compte)', async () => {
    const s = await structureValidee(t, 2, { nom: 'Mairie de Vervins' });
    const c = await conventionDe(t, s.candidatureId);
    const avant = (await calculerAvancement(t.deps.db)).postes.conventionnes;

    // The upload waits for ANCT's review and does not count as conventionnée.
    t.mailer.sent.length = 0;
    const depot = await signerConvention(contexteDe(t.deps, s.gestionnaire), c.id, PDF);
    expect(depot.ok && depot.value.statut).toBe('SIGNATURE_A_VERIFIER');
    expect((await calculerAvancement(t.deps.db)).postes.conventionnes).toBe(avant);
    const aAnct = t.mailer.sent.find((m) => m.to === persona('anct').email);
    expect(aAnct?.subject).toBe(`Convention ${c.numero} signée à vérifier`);
    expect(aAnct?.text).toContain(`/anct/conventions/${c.id}`);

    // The review list and the detail page, with the signed PDF's link.
    const liste = await t.app.inject({
      method: 'GET',
      url: '/anct/conventions?statut=SIGNATURE_A_VERIFIER',
      headers: { cookie: anct },
    });
    expect(liste.body).toContain(c.numero);
    expect(liste.body).toContain(`href="/anct/conventions/${c.id}"`);
    const detail = await t.app.inject({
      method: 'GET',
      url: `/anct/conventions/${c.id}`,
      headers: { cookie: anct },
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain(`/recrutement/conventions/${c.id}/pdf?version=signee`);
    expect(detail.body).toContain('Renvoyer la convention signée');

    // Sending back needs a reason, in French; the structure reads it.
    const sansMotif = await posterFormulaire(
      t,
      anct,
      `/anct/conventions/${c.id}`,
      `/anct/conventions/${c.id}/renvoi`,
      {
        motif: ' ',
      },
    );
    expect(sansMotif.statusCode).toBe(422);
    expect(sansMotif.body).toContain('Indiquez le motif du renvoi');
    expect((await conventionDe(t, s.candidatureId)).statut).toBe('SIGNATURE_A_VERIFIER');
    t.mailer.sent.length = 0;
    const motif = 'La page 3 n’est pas signée par le représentant légal.';
    const renvoi = await posterFormulaire(
      t,
      anct,
      `/anct/conventions/${c.id}`,
      `/anct/conventions/${c.id}/renvoi`,
      {
        motif,
      },
    );
    expect(renvoi.statusCode).toBe(303);
    const renvoyee = await conventionDe(t, s.candidatureId);
    expect(renvoyee).toMatchObject({ statut: 'A_SIGNER', motifRenvoi: motif, signeeLe: null });
    const aStructure = t.mailer.sent.find((m) => m.to === s.gestionnaire.email);
    expect(aStructure?.subject).toBe(`Convention ${c.numero} : signature à reprendre`);
    expect(aStructure?.text).toContain(motif);
    expect(aStructure?.text).toContain('/structure/conventions');
    const cookie = await cookieDe(t, s.gestionnaire);
    const page = await t.app.inject({ method: 'GET', url: '/structure/conventions', headers: { cookie } });
    expect(page.body).toContain('La page 3 n’est pas signée');
    expect(page.body).toContain('Déposer la convention signée');

    // Uploaded again, then validated: now it counts.
    expect((await signerConvention(contexteDe(t.deps, s.gestionnaire), c.id, PDF)).ok).toBe(true);
    t.mailer.sent.length = 0;
    const valide = await posterFormulaire(
      t,
      anct,
      `/anct/conventions/${c.id}`,
      `/anct/conventions/${c.id}/signature`,
      {},
    );
    expect(valide.statusCode).toBe(303);
    const signee = await conventionDe(t, s.candidatureId);
    expect(signee).toMatchObject({ statut: 'SIGNEE', motifRenvoi: null });
    expect(signee.signeeLe).not.toBeNull();
    expect((await calculerAvancement(t.deps.db)).postes.conventionnes).toBe(avant + 2);
    const validee = t.mailer.sent.find((m) => m.to === s.gestionnaire.email);
    expect(validee?.subject).toBe(`Convention ${c.numero} : signature validée`);
    const apres = await t.app.inject({ method: 'GET', url: '/structure/conventions', headers: { cookie } });
    expect(apres.body).toContain('Signée');
    expect(apres.body).not.toContain('La page 3 n’est pas signée');

    // Each step is in the journal.
    const actions = (
      await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, c.id))
    ).map((e) => e.action);
    expect(actions.filter((a) => a === 'convention.signature_deposee')).toHaveLength(2);
    expect(actions).toContain('convention.signature_renvoyee');
    expect(actions).toContain('convention.signee');
  });

  it('périmètres : une autre structure ne dépose pas, une préfecture ne valide pas', async () => {
    const s = await structureValidee(t, 1);
    const autre = await structureValidee(t, 1);
    const c = await conventionDe(t, s.candidatureId);
    const intrus = await signerConvention(contexteDe(t.deps, autre.gestionnaire), c.id, PDF);
    expect(!intrus.ok && intrus.error.status).toBe(404);
    expect((await signerConvention(contexteDe(t.deps, s.gestionnaire), c.id, PDF)).ok).toBe(true);

    const p02 = await acteurPersona(t, 'prefecture02');
    const parPrefecture = await verifierSignature(contexteDe(t.deps, p02), c.id, { decision: 'valider' });
    expect(!parPrefecture.ok && parPrefecture.error.status).toBe(403);
    const parStructure = await verifierSignature(contexteDe(t.deps, s.gestionnaire), c.id, {
      decision: 'valider',
    });
    expect(!parStructure.ok && parStructure.error.status).toBe(403);
    const prefectureHttp = await t.app.inject({
      method: 'GET',
      url: `/anct/conventions/${c.id}`,
      headers: { cookie: await sessionCookieFor(t, 'prefecture02') },
    });
    expect(prefectureHttp.statusCode).toBe(403);
    expect((await conventionDe(t, s.candidatureId)).statut).toBe('SIGNATURE_A_VERIFIER');

    // A validated signature cannot be uploaded over; nothing to send back any more.
    const anctActeur = await acteurPersona(t, 'anct');
    expect((await verifierSignature(contexteDe(t.deps, anctActeur), c.id, { decision: 'valider' })).ok).toBe(
      true,
    );
    const encore = await signerConvention(contexteDe(t.deps, s.gestionnaire), c.id, PDF);
    expect(!encore.ok && encore.error.code).toBe('transition_interdite');
    const renvoi = await verifierSignature(contexteDe(t.deps, anctActeur), c.id, {
      decision: 'renvoyer',
      motif: 'Un motif suffisamment long.',
    });
    expect(!renvoi.ok && renvoi.error.code).toBe('rien_a_renvoyer');
  });
});
