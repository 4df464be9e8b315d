import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { adhesions, evenementsAudit, jetonsEmail, utilisateurs } from '../../../db/schema/index.ts';
import { verifyPassword } from '../../../platform/auth/passwords.ts';
import { DEMO_STRUCTURES, persona } from '../demo/personas.ts';

describe('invitations', () => {
  let t: TestContext;
  let anct: string;
  beforeAll(async () => {
    t = await createTestApp();
    anct = await sessionCookieFor(t, 'anct');
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

  function lastLink(to: string): string {
    const mail = [...t.mailer.sent].reverse().find((m) => m.to === to);
    if (!mail) throw new Error(`aucun courriel pour ${to}`);
    const m = mail.text.match(/https?:\/\/\S+\/invitation\/(\S+)/);
    return `/invitation/${m![1]}`;
  }

  const count = async (table: typeof jetonsEmail | typeof evenementsAudit) =>
    (await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

  it('ANCT invite un agent de préfecture ; la personne crée son compte et obtient le rôle', async () => {
    const email = 'agent.somme@prefecture.exemple.fr';
    const res = await post(anct, '/admin/invitations/nouvelle', '/admin/invitations/nouvelle', {
      email: 'Agent.Somme@Prefecture.exemple.fr',
      role: 'prefecture',
      departement: '80',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/invitations');
    const mail = t.mailer.sent.at(-1)!;
    expect(mail.to).toBe(email);
    expect(mail.subject).toBe('Invitation à rejoindre Maillage');
    expect(mail.text).toContain('Claire Martin vous invite');
    expect(mail.text).toContain('« Préfecture »');
    const link = lastLink(email);

    const pending = await t.app.inject({ url: '/admin/invitations', headers: { cookie: anct } });
    expect(pending.body).toContain(email);
    expect(pending.body).toContain('Somme (80)');

    const page = await t.app.inject(link);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Créer votre compte');
    expect(page.body).toContain(email);

    const s = await formSession(t, '', link);
    const send = (data: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: link,
        payload: new URLSearchParams({ _csrf: s.csrf, ...data }).toString(),
        headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      });
    const weak = await send({ prenom: 'Anne', nom: 'Durand', mot_de_passe: 'court', confirmation: 'court' });
    expect(weak.statusCode).toBe(422);
    expect(weak.body).toContain('au moins 12 caractères');
    expect(weak.body).toContain('value="Anne"');
    const mismatch = await send({
      prenom: 'Anne',
      nom: 'Durand',
      mot_de_passe: 'Un-mot-de-passe-solide',
      confirmation: 'Autre-mot-de-passe-solide',
    });
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.body).toContain('pas identiques');
    const noName = await send({ prenom: '', nom: 'Durand', mot_de_passe: 'Un-mot-de-passe-solide' });
    expect(noName.statusCode).toBe(422);
    expect(noName.body).toContain('href="#champ-prenom"');
    expect(await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.email, email))).toHaveLength(0);

    const okRes = await send({
      prenom: 'Anne',
      nom: 'Durand',
      mot_de_passe: 'Un-mot-de-passe-solide',
      confirmation: 'Un-mot-de-passe-solide',
    });
    expect(okRes.statusCode).toBe(303);
    expect(okRes.headers.location).toBe('/connexion');
    const [user] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.email, email));
    expect(user).toMatchObject({ prenom: 'Anne', nom: 'Durand', actif: true });
    expect(await verifyPassword(user!.motDePasseHash, 'Un-mot-de-passe-solide')).toBe(true);
    const roles = await t.deps.db.select().from(adhesions).where(eq(adhesions.utilisateurId, user!.id));
    expect(roles.map((r) => [r.role, r.departementCode])).toEqual([['prefecture', '80']]);
    const [event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(and(eq(evenementsAudit.action, 'invitation.acceptee'), eq(evenementsAudit.entiteId, user!.id)));
    expect(event!.acteurEmail).toBe(email);
    expect(event!.departementCode).toBe('80');

    // Single use.
    const again = await t.app.inject(link);
    expect(again.statusCode).toBe(410);
    expect(again.body).toContain('déjà été acceptée');
    const replay = await send({ prenom: 'X', nom: 'Y', mot_de_passe: 'Un-autre-mot-de-passe-1' });
    expect(replay.statusCode).toBe(410);
  });

  it('un lien expiré (plus de 7 jours) ou inconnu donne une page claire', async () => {
    const email = 'tardif@exemple.fr';
    await post(anct, '/admin/invitations/nouvelle', '/admin/invitations/nouvelle', {
      email,
      role: 'candidat',
    });
    const link = lastLink(email);
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 7 * 24 * 3600 * 1000 + 1000);
    try {
      const res = await t.app.inject(link);
      expect(res.statusCode).toBe(410);
      expect(res.body).toContain('Invitation expirée');
      expect(res.body).toContain('valable 7 jours');
    } finally {
      t.clock.now = start;
    }
    const unknown = await t.app.inject('/invitation/ceci-n-est-pas-un-jeton-valide-du-tout');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Lien d’invitation invalide');
  });

  it('un compte existant (adresse en d’autres majuscules) gagne le rôle après connexion', async () => {
    const paul = persona('prefecture02');
    const res = await post(anct, '/admin/invitations/nouvelle', '/admin/invitations/nouvelle', {
      email: paul.email.toUpperCase(),
      role: 'prefecture',
      departement: '80',
    });
    expect(res.statusCode).toBe(303);
    const link = lastLink(paul.email);
    const anon = await t.app.inject(link);
    expect(anon.body).toContain('Me connecter pour accepter');
    expect(anon.body).toContain(`/connexion?retour=${encodeURIComponent(link)}`);

    const laon = await sessionCookieFor(t, 'laon');
    const wrong = await t.app.inject({ url: link, headers: { cookie: laon } });
    expect(wrong.body).toContain('Vous êtes connecté(e) avec une autre adresse');
    const forced = await post(laon, link, `${link}/accepter`);
    expect(forced.statusCode).toBe(200);
    expect(
      await t.deps.db
        .select()
        .from(adhesions)
        .where(eq(adhesions.utilisateurId, persona('laon').id)),
    ).toHaveLength(1);

    const cookie = await sessionCookieFor(t, 'prefecture02');
    const accepted = await post(cookie, link, `${link}/accepter`);
    expect(accepted.statusCode).toBe(303);
    const roles = await t.deps.db.select().from(adhesions).where(eq(adhesions.utilisateurId, paul.id));
    expect(roles.map((r) => r.departementCode).sort()).toEqual(['02', '80']);
    expect((await t.app.inject(link)).statusCode).toBe(410);

    // Inviting someone to a role they already hold is refused.
    const dup = await post(anct, '/admin/invitations/nouvelle', '/admin/invitations/nouvelle', {
      email: paul.email,
      role: 'prefecture',
      departement: '80',
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.body).toContain('a déjà ce rôle');
  });

  describe('équipe d’une structure', () => {
    let laon: string;
    beforeAll(async () => {
      laon = await sessionCookieFor(t, 'laon');
    });

    it('liste ses membres et invite un conseiller dans sa propre structure', async () => {
      const page = await t.app.inject({ url: '/structure/equipe', headers: { cookie: laon } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Équipe — Commune de Laon');
      expect(page.body).toContain('Léa Petit');
      expect(page.body).not.toContain('Nadia Haddad');
      // The manager cannot remove its own active membership: no button for it.
      expect(page.body).not.toContain(
        `/structure/equipe/adhesions/${persona('laon').memberships[0]!.id}/retirer`,
      );
      const options = page.body.match(/<select[^>]*name="role"[\s\S]*?<\/select>/)![0];
      expect(options).toContain('value="conseiller"');
      expect(options).not.toContain('value="prefecture"');
      expect(options).not.toContain('value="anct"');

      const res = await post(laon, '/structure/equipe', '/structure/equipe/invitations', {
        email: 'nouveau.conseiller@exemple.fr',
        role: 'conseiller',
        structure: DEMO_STRUCTURES.laon.id,
      });
      expect(res.statusCode).toBe(303);
      expect(t.mailer.sent.at(-1)!.text).toContain('(Commune de Laon)');
      const after = await t.app.inject({ url: '/structure/equipe', headers: { cookie: laon } });
      expect(after.body).toContain('nouveau.conseiller@exemple.fr');
      const [event] = await t.deps.db
        .select()
        .from(evenementsAudit)
        .where(eq(evenementsAudit.action, 'invitation.creee'))
        .orderBy(sql`${evenementsAudit.id} desc`)
        .limit(1);
      expect(event!.structureId).toBe(DEMO_STRUCTURES.laon.id);
      expect(event!.departementCode).toBe('02');
      expect(event!.acteurRole).toBe(`structure:${DEMO_STRUCTURES.laon.id}`);
    });

    it('refuse une invitation dans une autre structure (identifiant falsifié) sans rien écrire', async () => {
      const before = {
        tokens: await count(jetonsEmail),
        audit: await count(evenementsAudit),
        mails: t.mailer.sent.length,
      };
      const forged = await post(laon, '/structure/equipe', '/structure/equipe/invitations', {
        email: 'intrus@exemple.fr',
        role: 'conseiller',
        structure: DEMO_STRUCTURES.association.id,
      });
      expect(forged.statusCode).toBe(403);
      for (const role of ['prefecture', 'anct', 'candidat']) {
        const res = await post(laon, '/structure/equipe', '/structure/equipe/invitations', {
          email: 'intrus@exemple.fr',
          role,
          structure: DEMO_STRUCTURES.laon.id,
          departement: '02',
        });
        expect(res.statusCode, role).toBeGreaterThanOrEqual(403);
        expect(res.statusCode, role).toBeLessThan(500);
      }
      expect(await count(jetonsEmail)).toBe(before.tokens);
      expect(await count(evenementsAudit)).toBe(before.audit);
      expect(t.mailer.sent.length).toBe(before.mails);
    });

    it('annule une invitation en attente : le lien ne fonctionne plus', async () => {
      await post(laon, '/structure/equipe', '/structure/equipe/invitations', {
        email: 'annule@exemple.fr',
        role: 'aidant',
        structure: DEMO_STRUCTURES.laon.id,
      });
      const link = lastLink('annule@exemple.fr');
      const [row] = await t.deps.db
        .select()
        .from(jetonsEmail)
        .where(eq(jetonsEmail.email, 'annule@exemple.fr'));
      // Another structure cannot cancel it.
      const other = await sessionCookieFor(t, 'association');
      const refused = await post(
        other,
        '/structure/equipe',
        `/structure/equipe/invitations/${row!.hash}/annuler`,
      );
      expect(refused.statusCode).toBe(403);
      const res = await post(laon, '/structure/equipe', `/structure/equipe/invitations/${row!.hash}/annuler`);
      expect(res.statusCode).toBe(303);
      expect((await t.app.inject(link)).statusCode).toBe(404);
    });

    it('retire un membre de sa structure, jamais celui d’une autre', async () => {
      const foreign = persona('aidant').memberships[0]!.id;
      const refused = await post(laon, '/structure/equipe', `/structure/equipe/adhesions/${foreign}/retirer`);
      expect(refused.statusCode).toBe(403);
      expect(await t.deps.db.select().from(adhesions).where(eq(adhesions.id, foreign))).toHaveLength(1);

      const self = persona('laon').memberships[0]!.id;
      const selfRes = await post(laon, '/structure/equipe', `/structure/equipe/adhesions/${self}/retirer`);
      expect(selfRes.statusCode).toBe(303);
      expect(await t.deps.db.select().from(adhesions).where(eq(adhesions.id, self))).toHaveLength(1);

      const lea = persona('conseiller').memberships[0]!.id;
      const page = await t.app.inject({ url: '/structure/equipe', headers: { cookie: laon } });
      expect(page.body).toContain(`/structure/equipe/adhesions/${lea}/retirer`);
      const res = await post(laon, '/structure/equipe', `/structure/equipe/adhesions/${lea}/retirer`);
      expect(res.statusCode).toBe(303);
      expect(await t.deps.db.select().from(adhesions).where(eq(adhesions.id, lea))).toHaveLength(0);
      const events = await t.deps.db
        .select()
        .from(evenementsAudit)
        .where(
          and(
            eq(evenementsAudit.action, 'adhesion.retiree'),
            eq(evenementsAudit.entiteId, persona('conseiller').id),
          ),
        );
      expect(events).toHaveLength(1);
    });

    it('la page équipe est refusée aux autres rôles', async () => {
      for (const key of ['anct', 'candidat', 'prefecture02']) {
        const cookie = await sessionCookieFor(t, key);
        expect((await t.app.inject({ url: '/structure/equipe', headers: { cookie } })).statusCode, key).toBe(
          403,
        );
      }
    });
  });
});
