import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUtilisateur } from '../../../../tests/factories/utilisateur.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { evenementsAudit, jetonsEmail, utilisateurs } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { persona } from '../demo/personas.ts';
import { creerUtilisateur } from '../utilisateurs/creer-utilisateur.ts';

describe('comptes du département gérés par la préfecture', () => {
  let t: TestContext;
  let p02: string;
  let p80: string;
  beforeAll(async () => {
    t = await createTestApp();
    p02 = await sessionCookieFor(t, 'prefecture02');
    p80 = await sessionCookieFor(t, 'prefecture80');
  });
  afterAll(() => t.close());

  async function post(cookie: string, page: string, url: string, data: Record<string, string> = {}) {
    const s = await formSession(t, cookie, page);
    return t.app.inject({
      method: 'POST',
      url,
      payload: new URLSearchParams({ _csrf: s.csrf, ...data }).toString(),
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  const invitations = (email: string) =>
    t.deps.db.select().from(jetonsEmail).where(eq(jetonsEmail.email, email));

  it('invite un agent dans son département seulement, refuse une adresse invalide en français', async () => {
    const liste = await t.app.inject({ url: '/admin/utilisateurs', headers: { cookie: p02 } });
    expect(liste.body).toContain('href="/prefecture/invitations"');

    const vide = await post(p02, '/prefecture/invitations', '/prefecture/invitations', { email: '' });
    expect(vide.statusCode).toBe(422);
    expect(vide.body).toContain('Indiquez l’adresse électronique de la personne.');
    const faux = await post(p02, '/prefecture/invitations', '/prefecture/invitations', {
      email: 'pas-une-adresse',
    });
    expect(faux.statusCode).toBe(422);
    expect(faux.body).toContain('Cette adresse électronique n’est pas valide');

    const email = 'nouvel.agent@aisne.gouv.fr';
    // A forged département or role in the form is ignored: the route takes the active membership's.
    const ok = await post(p02, '/prefecture/invitations', '/prefecture/invitations', {
      email,
      departementCode: '80',
      role: 'anct',
    });
    expect(ok.statusCode).toBe(303);
    const [inv] = await invitations(email);
    expect(inv).toMatchObject({ role: 'prefecture', departementCode: '02', structureId: null });
    const audit = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(and(eq(evenementsAudit.action, 'invitation.creee'), eq(evenementsAudit.departementCode, '02')));
    expect(audit).toHaveLength(1);
    expect(t.mailer.sent.some((m) => m.to === email)).toBe(true);

    const page02 = await t.app.inject({ url: '/prefecture/invitations', headers: { cookie: p02 } });
    expect(page02.body).toContain(email);
    const page80 = await t.app.inject({ url: '/prefecture/invitations', headers: { cookie: p80 } });
    expect(page80.statusCode).toBe(200);
    expect(page80.body).not.toContain(email);

    // The Somme cannot cancel the Aisne's invitation; the Aisne can.
    const refus = await post(p80, '/prefecture/invitations', `/prefecture/invitations/${inv!.hash}/annuler`);
    expect([403, 404]).toContain(refus.statusCode);
    expect((await invitations(email))[0]!.expireLe.getTime()).toBeGreaterThan(t.clock.now.getTime());
    const annule = await post(p02, '/prefecture/invitations', `/prefecture/invitations/${inv!.hash}/annuler`);
    expect(annule.statusCode).toBe(303);

    const laon = await sessionCookieFor(t, 'laon');
    expect(
      (await t.app.inject({ url: '/prefecture/invitations', headers: { cookie: laon } })).statusCode,
    ).toBe(403);
  });

  it('désactive puis réactive un agent de son département ; ni une structure, ni un agent d’un autre département', async () => {
    const cree = await creerUtilisateur(
      systemContext(t.deps),
      buildUtilisateur({ role: 'prefecture', departement: '02', prenom: 'Agnès', nom: 'Partante' }),
    );
    expect(cree.ok).toBe(true);
    const id = cree.ok ? cree.value.id : '';
    const fiche = `/admin/utilisateurs/${id}`;
    const page = await t.app.inject({ url: fiche, headers: { cookie: p02 } });
    expect(page.body).toContain('Désactiver le compte');

    // The Somme does not even see the account.
    const somme = await post(p80, '/prefecture/invitations', `${fiche}/desactiver`);
    expect(somme.statusCode).toBe(403);
    const off = await post(p02, fiche, `${fiche}/desactiver`);
    expect(off.statusCode).toBe(303);
    const [u] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, id));
    expect(u!.actif).toBe(false);
    const audit = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(and(eq(evenementsAudit.action, 'utilisateur.desactive'), eq(evenementsAudit.entiteId, id)));
    expect(audit).toHaveLength(1);
    expect((await post(p02, fiche, `${fiche}/reactiver`)).statusCode).toBe(303);

    // A structure manager of the Aisne stays ANCT's to manage; and nobody deactivates themselves.
    const laon = `/admin/utilisateurs/${persona('laon').id}`;
    expect((await post(p02, laon, `${laon}/desactiver`)).statusCode).toBe(403);
    const soi = `/admin/utilisateurs/${persona('prefecture02').id}`;
    // Refused with a message on the account's page.
    expect((await post(p02, soi, `${soi}/desactiver`)).headers.location).toBe(soi);
    const [paul] = await t.deps.db
      .select()
      .from(utilisateurs)
      .where(eq(utilisateurs.id, persona('prefecture02').id));
    expect(paul!.actif).toBe(true);
  });
});
