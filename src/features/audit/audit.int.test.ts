import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { sessionCookieFor } from '../../../tests/helpers/auth.ts';
import { evenementsAudit } from '../../db/schema/index.ts';

describe('journal d’audit (ANCT)', () => {
  let t: TestContext;
  let anct: string;
  beforeAll(async () => {
    t = await createTestApp();
    anct = await sessionCookieFor(t, 'anct');
    await t.deps.db.delete(evenementsAudit);
    const base = new Date('2021-03-10T12:00:00Z').getTime();
    // 120 events over 120 hours, alternating départements, actors and actions.
    await t.deps.db.insert(evenementsAudit).values(
      Array.from({ length: 120 }, (_, i) => ({
        survenuLe: new Date(base + i * 3600 * 1000),
        acteurEmail: i % 2 ? 'anct@demo.maillage.fr' : 'laon@demo.maillage.fr',
        acteurRole: i % 2 ? 'anct:national' : 'structure:x',
        action: i % 3 === 0 ? 'invitation.creee' : i % 3 === 1 ? 'utilisateur.desactive' : 'lieu.modifie',
        entiteType: i % 3 === 2 ? 'lieu' : i % 3 === 0 ? 'invitation' : 'utilisateur',
        entiteId: `e-${i}`,
        departementCode: i % 2 ? '02' : '80',
        ip: '203.0.113.7',
        details: { numero: i, note: i === 5 ? '=1+1;"cellule"' : 'ok' },
      })),
    );
  });
  afterAll(() => t.close());

  const ids = (html: string) => [...html.matchAll(/>e-(\d+)</g)].map((m) => Number(m[1]));
  const get = (url: string, cookie = anct) => t.app.inject({ url, headers: { cookie } });

  it('est réservé à l’ANCT (403 pour une structure ou une préfecture, export compris)', async () => {
    for (const key of ['laon', 'prefecture02']) {
      const cookie = await sessionCookieFor(t, key);
      expect((await get('/admin/audit', cookie)).statusCode).toBe(403);
      expect((await get('/admin/audit/export.csv', cookie)).statusCode).toBe(403);
    }
  });

  it('affiche les plus récents d’abord, avec libellés français et détails, et pagine par curseur', async () => {
    const p1 = await get('/admin/audit');
    expect(p1.statusCode).toBe(200);
    const first = ids(p1.body);
    expect(first).toHaveLength(50);
    expect(first[0]).toBe(119);
    expect(first).toEqual([...first].sort((a, b) => b - a));
    expect(p1.body).toContain('Compte désactivé');
    expect(p1.body).toContain('numero : 119');
    const next = p1.body.match(/href="(\/admin\/audit\?curseur=[^"]+)"/)![1]!.replace(/&amp;/g, '&');
    const p2 = await get(next);
    const second = ids(p2.body);
    expect(second[0]).toBe(69);
    expect(second).toHaveLength(50);
    const next2 = p2.body.match(/href="(\/admin\/audit\?curseur=[^"]+)"/)![1]!;
    const p3 = await get(next2);
    expect(ids(p3.body)).toHaveLength(20);
    expect(p3.body).not.toContain('Événements plus anciens');
    expect(new Set([...first, ...second, ...ids(p3.body)]).size).toBe(120);
  });

  it('filtre par auteur, action (code ou famille), type d’entité, département et période', async () => {
    const byActor = ids((await get('/admin/audit?acteur=LAON@demo')).body);
    expect(byActor.every((i) => i % 2 === 0)).toBe(true);
    expect(byActor.length).toBe(50);

    const byFamily = ids((await get('/admin/audit?action=invitation')).body);
    expect(byFamily.length).toBe(40);
    expect(byFamily.every((i) => i % 3 === 0)).toBe(true);
    const exact = ids((await get('/admin/audit?action=utilisateur.desactive&departement=02')).body);
    expect(exact.every((i) => i % 3 === 1 && i % 2 === 1)).toBe(true);
    expect(exact.length).toBe(20);

    const lieux = ids((await get('/admin/audit?entite=lieu')).body);
    expect(lieux.every((i) => i % 3 === 2)).toBe(true);

    // 2021-03-11 in Paris time: 23:00 UTC on the 10th to 23:00 UTC on the 11th → events 11 to 34.
    const day = ids((await get('/admin/audit?du=2021-03-11&au=2021-03-11')).body);
    expect(Math.min(...day)).toBe(11);
    expect(Math.max(...day)).toBe(34);
    expect(day).toHaveLength(24);

    const bad = await get('/admin/audit?du=2021-13-45');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Date invalide');
    const inverted = await get('/admin/audit?du=2021-03-12&au=2021-03-11');
    expect(inverted.body).toContain('La date de fin précède la date de début');
  });

  it('exporte la vue filtrée en CSV (point-virgule, BOM, formules neutralisées)', async () => {
    const page = await get('/admin/audit?departement=80&action=invitation');
    const href = page.body.match(/href="(\/admin\/audit\/export\.csv[^"]*)"/)![1]!.replace(/&amp;/g, '&');
    expect(href).toBe('/admin/audit/export.csv?action=invitation&departement=80');
    const res = await get(href);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="journal-audit-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(res.body.startsWith('\uFEFFid;date;auteur;')).toBe(true);
    const lines = res.body.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 20); // i % 6 === 0 among 120
    expect(
      lines.slice(1).every((l) => l.includes(';invitation.creee;Invitation envoyée;') && l.includes(';80;')),
    ).toBe(true);
    const all = await get('/admin/audit/export.csv?entite_id=e-5');
    expect(all.body).toContain('""note"":""=1+1;\\""cellule\\""""');
    expect(all.body.trim().split('\r\n')).toHaveLength(2);
    const [row] = await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, 'e-5'));
    expect(row!.details).toMatchObject({ numero: 5 });
  });
});
