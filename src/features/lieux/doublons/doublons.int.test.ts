import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvStandard, EXEMPLE_OFFICIEL, type LigneCsv } from '../../../../tests/fixtures/lieux/standard.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { formSession, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { evenementsAudit, lieux, lieuxDoublons, lieuxProvenances } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import { executerTachesEnAttente } from '../../../platform/taches/travailleur.ts';
import { resoudreFormat } from '../import/formats.ts';
import { importerLieux } from '../import/importer.ts';

let t: TestContext;

async function importer(source: string, lignes: LigneCsv[]) {
  const format = resoudreFormat('v1');
  if (!format.ok) throw new Error(format.message);
  const r = await importerLieux(systemContext(t.deps), {
    source,
    fichier: `${source}.csv`,
    contenu: Buffer.from(csvStandard(lignes)),
    format: format.format,
    simulation: false,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rapport;
}

async function lieuDe(source: string, idSource: string): Promise<string> {
  const [p] = await t.deps.db
    .select({ lieuId: lieuxProvenances.lieuId })
    .from(lieuxProvenances)
    .where(eq(lieuxProvenances.idSource, idSource));
  if (!p) throw new Error(`${source}/${idSource} absent`);
  return p.lieuId;
}

const base = {
  ...EXEMPLE_OFFICIEL,
  latitude: '49.5641',
  longitude: '3.6199',
  commune: 'Laon',
  code_postal: '02000',
  code_insee: '02408',
};

beforeAll(async () => {
  t = await createTestApp();
  await importer('hub', [
    { ...base, id: 'hub-mairie', nom: 'Mairie de Laon', pivot: '43493312300029' },
    {
      ...base,
      id: 'hub-media',
      nom: 'Médiathèque Suzanne Martinet',
      pivot: '00000000000000',
      latitude: '49.5700',
    },
    { ...base, id: 'hub-loin', nom: 'Mairie de Laon', pivot: '43493312300029', latitude: '49.6000' },
    // Same source, same place: a producer's own rows are never proposed against each other.
    { ...base, id: 'hub-mairie-bis', nom: 'Mairie de Laon', pivot: '43493312300029', longitude: '3.6200' },
  ]);
  const rapport = await importer('fs', [
    // Same SIRET 300 m away: a duplicate.
    { ...base, id: 'fs-1', nom: 'Hôtel de ville', pivot: '43493312300029', latitude: '49.5668' },
    // Similar name 100 m away, no SIRET: a duplicate.
    {
      ...base,
      id: 'fs-2',
      nom: 'Mediatheque Suzanne-Martinet',
      pivot: '00000000000000',
      latitude: '49.5709',
    },
    // Different name next door: not a duplicate.
    { ...base, id: 'fs-3', nom: 'Bureau de poste', pivot: '00000000000000', latitude: '49.5701' },
  ]);
  expect(rapport.doublons).toBeGreaterThanOrEqual(2);
});
afterAll(async () => {
  await t.close();
});

describe('duplicate detection', () => {
  it('pairs the same pivot within 500 m and similar names within 200 m, across sources only', async () => {
    const paires = await t.deps.db.select().from(lieuxDoublons);
    const ids = async (a: string, b: string) => [await lieuDe('', a), await lieuDe('', b)].sort();
    const trouvees = paires.map((p) => `${[p.lieuAId, p.lieuBId].sort().join('/')}:${p.motif}`);
    expect(trouvees).toContain(`${(await ids('hub-mairie', 'fs-1')).join('/')}:pivot`);
    expect(trouvees).toContain(`${(await ids('hub-media', 'fs-2')).join('/')}:nom`);
    expect(trouvees).not.toContain(`${(await ids('hub-mairie', 'hub-mairie-bis')).join('/')}:pivot`);
    const loin = await lieuDe('', 'hub-loin');
    const poste = await lieuDe('', 'fs-3');
    expect(paires.some((p) => [p.lieuAId, p.lieuBId].some((id) => id === loin || id === poste))).toBe(false);
  });
});

describe('/admin/lieux/doublons', () => {
  it('is for ANCT only', async () => {
    const cookie = await sessionCookieFor(t, 'prefecture02');
    const res = await t.app.inject({ method: 'GET', url: '/admin/lieux/doublons', headers: { cookie } });
    expect(res.statusCode).toBe(403);
  });

  it('merges a pair: the kept place gets every provenance, the other is hidden; audited', async () => {
    const anct = await sessionCookieFor(t, 'anct');
    const page = await formSession(t, anct, '/admin/lieux/doublons');
    expect(page.res.statusCode).toBe(200);
    expect(page.res.body).toContain('même SIRET ou RNA');
    const garde = await lieuDe('', 'hub-mairie');
    const absorbe = await lieuDe('', 'fs-1');
    // The pair made of exactly these two places (hub-mairie-bis also pairs with fs-1).
    const [paire] = await t.deps.db
      .select()
      .from(lieuxDoublons)
      .where(
        and(
          inArray(lieuxDoublons.lieuAId, [garde, absorbe]),
          inArray(lieuxDoublons.lieuBId, [garde, absorbe]),
        ),
      );
    expect(paire).toBeDefined();
    const res = await t.app.inject({
      method: 'POST',
      url: `/admin/lieux/doublons/${paire?.id}/fusion`,
      headers: { cookie: page.cookie },
      payload: { _csrf: page.csrf, conserver: garde },
    });
    expect(res.statusCode).toBe(303);
    const [cache] = await t.deps.db.select().from(lieux).where(eq(lieux.id, absorbe));
    expect(cache?.fusionneDans).toBe(garde);
    const provenances = await t.deps.db
      .select()
      .from(lieuxProvenances)
      .where(eq(lieuxProvenances.lieuId, garde));
    expect(provenances.map((p) => `${p.source}/${p.idSource}`).sort()).toEqual(['fs/fs-1', 'hub/hub-mairie']);
    const [traitee] = await t.deps.db
      .select()
      .from(lieuxDoublons)
      .where(eq(lieuxDoublons.id, paire?.id as string));
    expect(traitee).toMatchObject({ statut: 'fusionne', lieuConserveId: garde });
    const [audit] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'lieux.doublon.fusion'));
    expect(audit).toMatchObject({ entiteId: garde, acteurRole: 'anct:national' });
    const exportCsv = await t.app.inject({ method: 'GET', url: '/api/v1/lieux.csv' });
    expect(exportCsv.body).not.toContain(absorbe);
    expect(exportCsv.body).toContain(garde);

    // A second merge of the same pair is refused with a message, not an error page.
    const encore = await t.app.inject({
      method: 'POST',
      url: `/admin/lieux/doublons/${paire?.id}/fusion`,
      headers: { cookie: page.cookie },
      payload: { _csrf: page.csrf, conserver: garde },
    });
    expect(encore.statusCode).toBe(303);
    const suite = await t.app.inject({
      method: 'GET',
      url: '/admin/lieux/doublons',
      headers: { cookie: `${page.cookie}; ${encore.cookies.map((c) => `${c.name}=${c.value}`).join('; ')}` },
    });
    expect(suite.body).toContain('Cette paire a déjà été traitée.');
  });

  it('refuses to keep a place outside the pair', async () => {
    const anct = await sessionCookieFor(t, 'anct');
    const page = await formSession(t, anct, '/admin/lieux/doublons');
    const [paire] = await t.deps.db.select().from(lieuxDoublons).where(eq(lieuxDoublons.statut, 'candidat'));
    const res = await t.app.inject({
      method: 'POST',
      url: `/admin/lieux/doublons/${paire?.id}/fusion`,
      headers: { cookie: page.cookie },
      payload: { _csrf: page.csrf, conserver: await lieuDe('', 'hub-loin') },
    });
    expect(res.statusCode).toBe(303);
    const [inchangee] = await t.deps.db
      .select()
      .from(lieuxDoublons)
      .where(eq(lieuxDoublons.id, paire?.id as string));
    expect(inchangee?.statut).toBe('candidat');
  });

  it('dismisses a pair for good: a new detection does not propose it again', async () => {
    const anct = await sessionCookieFor(t, 'anct');
    const page = await formSession(t, anct, '/admin/lieux/doublons');
    const media = await lieuDe('', 'hub-media');
    const [paire] = await t.deps.db
      .select()
      .from(lieuxDoublons)
      .where(inArray(lieuxDoublons.lieuAId, [media, await lieuDe('', 'fs-2')]));
    const res = await t.app.inject({
      method: 'POST',
      url: `/admin/lieux/doublons/${paire?.id}/ecarter`,
      headers: { cookie: page.cookie },
      payload: { _csrf: page.csrf },
    });
    expect(res.statusCode).toBe(303);
    const detection = await t.app.inject({
      method: 'POST',
      url: '/admin/lieux/doublons/detection',
      headers: { cookie: page.cookie },
      payload: { _csrf: page.csrf },
    });
    expect(detection.statusCode).toBe(303);
    // The search runs as a background task; its page is the asker's only.
    const suivi = detection.headers.location as string;
    expect(suivi).toMatch(/^\/taches\/[0-9a-f-]{36}$/);
    expect(
      (await t.app.inject({ method: 'GET', url: suivi, headers: { cookie: page.cookie } })).body,
    ).toContain('En attente');
    expect(await executerTachesEnAttente(t.deps, t.deps.registry.taches)).toBe(1);
    const fin = await t.app.inject({ method: 'GET', url: suivi, headers: { cookie: page.cookie } });
    expect(fin.statusCode).toBe(200);
    expect(fin.body).toMatch(/\d+ nouvelle\(s\) paire\(s\) détectée\(s\)\./);
    expect(
      (await t.app.inject({ method: 'GET', url: `${suivi}/etat`, headers: { cookie: page.cookie } })).json(),
    ).toMatchObject({ fini: true });
    const autre = await sessionCookieFor(t, 'prefecture02');
    expect((await t.app.inject({ method: 'GET', url: suivi, headers: { cookie: autre } })).statusCode).toBe(
      404,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: `${suivi}/etat`, headers: { cookie: autre } })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: suivi })).statusCode).toBe(302);
    const [journal] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.action, 'lieux.doublons.detection'));
    expect(journal).toMatchObject({ acteurRole: 'anct:national' });
    const [apres] = await t.deps.db
      .select()
      .from(lieuxDoublons)
      .where(eq(lieuxDoublons.id, paire?.id as string));
    expect(apres?.statut).toBe('ecarte');
    const candidats = await t.deps.db
      .select()
      .from(lieuxDoublons)
      .where(eq(lieuxDoublons.statut, 'candidat'));
    expect(candidats.some((c) => c.id === paire?.id)).toBe(false);
  });
});
