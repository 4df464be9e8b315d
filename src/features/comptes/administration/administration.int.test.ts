import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { adhesions, evenementsAudit, sessions, utilisateurs } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES, persona } from '../demo/personas.ts';

const form = (data: Record<string, string>) => ({
  payload: new URLSearchParams(data).toString(),
  'content-type': 'application/x-www-form-urlencoded',
});

describe('administration des utilisateurs (ANCT)', () => {
  let t: TestContext;
  let anct: string;
  beforeAll(async () => {
    t = await createTestApp();
    anct = await sessionCookieFor(t, 'anct');
  });
  afterAll(() => t.close());

  async function post(cookie: string, page: string, url: string, data: Record<string, string> = {}) {
    const s = await formSession(t, cookie, page);
    const f = form({ _csrf: s.csrf, ...data });
    return t.app.inject({
      method: 'POST',
      url,
      payload: f.payload,
      headers: { cookie: s.cookie, 'content-type': f['content-type'] },
    });
  }

  async function auditCount(action: string, entityId: string) {
    const rows = await t.deps.db
      .select({ n: sql<number>`count(*)::int` })
      .from(evenementsAudit)
      .where(and(eq(evenementsAudit.action, action), eq(evenementsAudit.entiteId, entityId)));
    return rows[0]!.n;
  }

  it('refuse les pages d’administration à une structure (403 DSFR) et renvoie l’anonyme vers la connexion', async () => {
    const laon = await sessionCookieFor(t, 'laon');
    for (const url of [
      '/admin/utilisateurs',
      `/admin/utilisateurs/${persona('anct').id}`,
      '/admin/invitations',
    ]) {
      const res = await t.app.inject({ url, headers: { cookie: laon } });
      expect(res.statusCode, url).toBe(403);
      expect(res.body).toContain('Accès refusé');
      expect(res.body).toContain('fr-container');
    }
    const anon = await t.app.inject('/admin/utilisateurs');
    expect(anon.statusCode).toBe(302);
    expect(anon.headers.location).toMatch(/^\/connexion\?retour=/);
  });

  it('cherche sans tenir compte des accents ni de la casse et filtre par rôle et département', async () => {
    const res = await t.app.inject({ url: '/admin/utilisateurs?q=LEFEVRE', headers: { cookie: anct } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Paul Lefèvre');
    expect(res.body).not.toContain('Sophie Bernard');
    expect(res.body).toContain('1 utilisateur —');

    const byEmailWords = await t.app.inject({
      url: '/admin/utilisateurs?q=martin%20anct%40demo',
      headers: { cookie: anct },
    });
    expect(byEmailWords.body).toContain('Claire Martin');

    const pref80 = await t.app.inject({
      url: '/admin/utilisateurs?role=prefecture&departement=80',
      headers: { cookie: anct },
    });
    expect(pref80.body).toContain('Sophie Bernard');
    expect(pref80.body).not.toContain('Paul Lefèvre');

    // Structure members count in their structure's département.
    const dep80 = await t.app.inject({
      url: '/admin/utilisateurs?departement=80',
      headers: { cookie: anct },
    });
    for (const name of ['Sophie Bernard', 'Nadia Haddad', 'Thomas Roux', 'Fatou Diallo'])
      expect(dep80.body).toContain(name);
    expect(dep80.body).not.toContain('Julie Moreau');
  });

  it('pagine la liste (25 par page) en gardant les filtres', async () => {
    const values = Array.from({ length: 30 }, (_, i) => ({
      email: `pagination${i}@exemple.fr`,
      prenom: 'Test',
      nom: `Pagination ${String(i).padStart(2, '0')}`,
    }));
    await t.deps.db.insert(utilisateurs).values(values);
    const p1 = await t.app.inject({ url: '/admin/utilisateurs?q=pagination', headers: { cookie: anct } });
    expect(p1.body).toContain('30 utilisateurs — page 1 sur 2');
    expect(p1.body).toContain('Pagination 00');
    expect(p1.body).not.toContain('Pagination 29');
    expect(p1.body).toContain('href="/admin/utilisateurs?q=pagination&amp;page=2"');
    const p2 = await t.app.inject({
      url: '/admin/utilisateurs?q=pagination&page=2',
      headers: { cookie: anct },
    });
    expect(p2.body).toContain('Pagination 29');
    expect(p2.body).not.toContain('Pagination 00');
  });

  it('une préfecture ne voit que les comptes de son département, sans bouton d’action', async () => {
    const pref = await sessionCookieFor(t, 'prefecture02');
    const list = await t.app.inject({ url: '/admin/utilisateurs', headers: { cookie: pref } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Julie Moreau');
    expect(list.body).not.toContain('Nadia Haddad');
    expect(list.body).not.toContain('Inviter une personne');
    const other = await t.app.inject({
      url: '/admin/utilisateurs?departement=80',
      headers: { cookie: pref },
    });
    expect(other.statusCode).toBe(403);
    const fiche = await t.app.inject({
      url: `/admin/utilisateurs/${persona('laon').id}`,
      headers: { cookie: pref },
    });
    expect(fiche.statusCode).toBe(200);
    expect(fiche.body).not.toContain('Désactiver le compte');
    expect(fiche.body).not.toContain('Ajouter ce rôle');
    const outside = await t.app.inject({
      url: `/admin/utilisateurs/${persona('association').id}`,
      headers: { cookie: pref },
    });
    expect(outside.statusCode).toBe(403);
    const res = await post(
      pref,
      `/admin/utilisateurs/${persona('laon').id}`,
      `/admin/utilisateurs/${persona('laon').id}/desactiver`,
    );
    expect(res.statusCode).toBe(403);
  });

  it('ajoute un rôle (département), refuse un doublon, puis le retire — chaque fois audité', async () => {
    const id = persona('laon').id;
    const page = `/admin/utilisateurs/${id}`;
    const res = await post(anct, page, `${page}/adhesions`, { role: 'prefecture', departement: '80' });
    expect(res.statusCode).toBe(303);
    const rows = await t.deps.db
      .select()
      .from(adhesions)
      .where(and(eq(adhesions.utilisateurId, id), eq(adhesions.role, 'prefecture')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.departementCode).toBe('80');
    expect(await auditCount('adhesion.ajoutee', id)).toBe(1);
    const [event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'adhesion.ajoutee'));
    expect(event!.acteurEmail).toBe('anct@demo.maillage.fr');
    expect(event!.acteurRole).toBe('anct:national');
    expect(event!.departementCode).toBe('80');

    const dup = await post(anct, page, `${page}/adhesions`, { role: 'prefecture', departement: '80' });
    expect(dup.statusCode).toBe(422);
    expect(dup.body).toContain('a déjà ce rôle');
    expect(await auditCount('adhesion.ajoutee', id)).toBe(1);

    const missing = await post(anct, page, `${page}/adhesions`, { role: 'prefecture' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Choisissez le département');
    expect(missing.body).toContain('href="#champ-departement"');

    const fiche = await t.app.inject({ url: page, headers: { cookie: anct } });
    expect(fiche.body).toContain(`/adhesions/${rows[0]!.id}/retirer`);
    const removed = await post(anct, page, `${page}/adhesions/${rows[0]!.id}/retirer`);
    expect(removed.statusCode).toBe(303);
    expect(await t.deps.db.select().from(adhesions).where(eq(adhesions.id, rows[0]!.id))).toHaveLength(0);
    expect(await auditCount('adhesion.retiree', id)).toBe(1);
  });

  it('cherche la structure par son nom : plusieurs correspondances → choix, puis ajout', async () => {
    const id = persona('candidat').id;
    const page = `/admin/utilisateurs/${id}`;
    const ambiguous = await post(anct, page, `${page}/adhesions`, {
      role: 'conseiller',
      structure_recherche: 'laon',
    });
    expect(ambiguous.statusCode).toBe(422);
    expect(ambiguous.body).toContain('Plusieurs structures correspondent');
    expect(ambiguous.body).toContain(`value="${DEMO_STRUCTURES.laon.id}"`);
    expect(ambiguous.body).toContain(`value="${DEMO_STRUCTURES.paysDeLaon.id}"`);

    const none = await post(anct, page, `${page}/adhesions`, {
      role: 'conseiller',
      structure_recherche: 'zzzz introuvable',
    });
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Aucune structure ne correspond');

    const bySiret = await post(anct, page, `${page}/adhesions`, {
      role: 'aidant',
      structure_recherche: DEMO_STRUCTURES.association.siret,
    });
    expect(bySiret.statusCode).toBe(303);

    const chosen = await post(anct, page, `${page}/adhesions`, {
      role: 'conseiller',
      structure_recherche: 'laon',
      structure: DEMO_STRUCTURES.paysDeLaon.id,
    });
    expect(chosen.statusCode).toBe(303);
    const rows = await t.deps.db.select().from(adhesions).where(eq(adhesions.utilisateurId, id));
    expect(rows.map((r) => `${r.role}:${r.structureId ?? ''}`).sort()).toEqual(
      [
        `aidant:${DEMO_STRUCTURES.association.id}`,
        'candidat:',
        `conseiller:${DEMO_STRUCTURES.paysDeLaon.id}`,
      ].sort(),
    );
  });

  it('désactiver ferme toutes les sessions de la personne ; réactiver lui rend l’accès', async () => {
    const id = persona('epci').id;
    const victim = await sessionCookieFor(t, 'epci');
    expect((await t.app.inject({ url: '/structure/equipe', headers: { cookie: victim } })).statusCode).toBe(
      200,
    );
    const page = `/admin/utilisateurs/${id}`;
    const res = await post(anct, page, `${page}/desactiver`);
    expect(res.statusCode).toBe(303);
    expect(await t.deps.db.select().from(sessions).where(eq(sessions.utilisateurId, id))).toHaveLength(0);
    const after = await t.app.inject({ url: '/structure/equipe', headers: { cookie: victim } });
    expect(after.statusCode).toBe(302);
    expect(after.headers.location).toMatch(/^\/connexion/);
    const [event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(and(eq(evenementsAudit.action, 'utilisateur.desactive'), eq(evenementsAudit.entiteId, id)));
    expect(event!.details).toMatchObject({ sessionsFermees: 1 });
    expect(event!.departementCode).toBe('02');

    const fiche = await t.app.inject({ url: page, headers: { cookie: anct } });
    expect(fiche.body).toContain('Compte désactivé');
    expect(fiche.body).toContain('Réactiver le compte');
    expect((await post(anct, page, `${page}/desactiver`)).statusCode).toBe(303); // already: message, no event
    expect(await auditCount('utilisateur.desactive', id)).toBe(1);
    expect((await post(anct, page, `${page}/reactiver`)).statusCode).toBe(303);
    const [user] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, id));
    expect(user!.actif).toBe(true);
    expect(await auditCount('utilisateur.reactive', id)).toBe(1);
  });

  it('l’ANCT ne peut pas se désactiver elle-même', async () => {
    const id = persona('anct').id;
    const fiche = await t.app.inject({ url: `/admin/utilisateurs/${id}`, headers: { cookie: anct } });
    expect(fiche.body).not.toContain('Désactiver le compte');
    const res = await post(anct, `/admin/utilisateurs/${id}`, `/admin/utilisateurs/${id}/desactiver`);
    expect(res.statusCode).toBe(303);
    const [user] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, id));
    expect(user!.actif).toBe(true);
  });

  it('refuse un POST sans jeton CSRF', async () => {
    const id = persona('conseiller').id;
    const res = await t.app.inject({
      method: 'POST',
      url: `/admin/utilisateurs/${id}/desactiver`,
      headers: { cookie: anct, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(res.statusCode).toBe(403);
    const [user] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, id));
    expect(user!.actif).toBe(true);
  });

  it('l’audit est dans la transaction : si l’événement ne peut s’écrire, rien n’est désactivé', async () => {
    const id = persona('conseiller').id;
    await sessionCookieFor(t, 'conseiller');
    await t.deps.db.execute(sql`
      create function echec_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit indisponible'; end $$`);
    await t.deps.db.execute(
      sql`create trigger echec_audit before insert on evenements_audit for each row execute function echec_audit()`,
    );
    try {
      const res = await post(anct, `/admin/utilisateurs/${id}`, `/admin/utilisateurs/${id}/desactiver`);
      expect(res.statusCode).toBe(500);
      expect(res.body).toContain('Aucune donnée n’a été enregistrée');
    } finally {
      await t.deps.db.execute(sql`drop trigger echec_audit on evenements_audit`);
    }
    const [user] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, id));
    expect(user!.actif).toBe(true);
    expect(
      (await t.deps.db.select().from(sessions).where(eq(sessions.utilisateurId, id))).length,
    ).toBeGreaterThan(0);
  });

  it('une mutation qui échoue n’écrit aucun événement d’audit', async () => {
    const id = persona('conseiller').id;
    await t.deps.db.execute(sql`
      create function echec_sessions() returns trigger language plpgsql as $$
      begin raise exception 'suppression impossible'; end $$`);
    await t.deps.db.execute(
      sql`create trigger echec_sessions before delete on sessions for each row execute function echec_sessions()`,
    );
    try {
      const res = await post(anct, `/admin/utilisateurs/${id}`, `/admin/utilisateurs/${id}/desactiver`);
      expect(res.statusCode).toBe(500);
    } finally {
      await t.deps.db.execute(sql`drop trigger echec_sessions on sessions`);
    }
    expect(await auditCount('utilisateur.desactive', id)).toBe(0);
    const [user] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, id));
    expect(user!.actif).toBe(true);
  });
});
