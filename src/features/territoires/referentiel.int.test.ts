import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';

const require = createRequire(import.meta.url);

async function nombre(t: TestContext, requete: ReturnType<typeof sql>): Promise<number> {
  const res = await t.deps.db.execute<{ n: number | string }>(requete);
  const rows = (res as unknown as { rows: { n: number | string }[] }).rows;
  return Number(rows[0]!.n);
}

describe('référentiel géographique chargé', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('contient les communes actuelles, les 101 départements et les EPCI', async () => {
    expect(await nombre(t, sql`select count(*) as n from communes`)).toBeGreaterThanOrEqual(34_900);
    expect(await nombre(t, sql`select count(*) as n from departements where zone in ('metro', 'drom')`)).toBe(
      101,
    );
    expect(await nombre(t, sql`select count(*) as n from departements where zone = 'com'`)).toBeGreaterThan(
      0,
    );
    expect(await nombre(t, sql`select count(*) as n from regions`)).toBeGreaterThanOrEqual(18);
    expect(await nombre(t, sql`select count(*) as n from epcis`)).toBeGreaterThanOrEqual(1_250);
  });

  it('rattache chaque commune membre d’un EPCI à cet EPCI, et chaque EPCI a des membres', async () => {
    const cog = require('@etalab/decoupage-administratif/data/epci.json') as {
      code: string;
      membres: { code: string }[];
    }[];
    const attendu = new Map<string, string>();
    for (const e of cog) for (const m of e.membres) attendu.set(m.code, e.code);
    const res = await t.deps.db.execute<{ code: string; epci_code: string }>(
      sql`select code, epci_code from communes where epci_code is not null`,
    );
    const lies = new Map(
      (res as unknown as { rows: { code: string; epci_code: string }[] }).rows.map((r) => [
        r.code,
        r.epci_code,
      ]),
    );
    expect(lies.size).toBe(attendu.size);
    for (const [commune, epci] of attendu) expect(lies.get(commune), commune).toBe(epci);
    expect(
      await nombre(
        t,
        sql`select count(*) as n from epcis e where not exists (select 1 from communes c where c.epci_code = e.code)`,
      ),
    ).toBe(0);
  });

  it('garde la population et les codes postaux', async () => {
    const res = await t.deps.db.execute<{ population: number; codes_postaux: string[] }>(
      sql`select population, codes_postaux from communes where code = '02408'`,
    );
    const laon = (res as unknown as { rows: { population: number; codes_postaux: string[] }[] }).rows[0]!;
    expect(laon.population).toBeGreaterThan(20_000);
    expect(laon.codes_postaux).toContain('02000');
  });

  it('cherche par nom avec l’index trigramme et par code postal avec son index', async () => {
    // Forbid sequential scans so that the plan shows whether the index can answer at all.
    const plan = (requete: ReturnType<typeof sql>) =>
      t.deps.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const res = await tx.execute(requete);
        return JSON.stringify((res as unknown as { rows: unknown[] }).rows);
      });
    expect(await plan(sql`explain select code from communes where 'sant etiene' <% nom_recherche`)).toContain(
      'communes_nom_recherche_trgm_idx',
    );
    expect(await plan(sql`explain select code from communes where nom_recherche like 'laon%'`)).toContain(
      'communes_nom_recherche_prefixe_idx',
    );
    expect(
      await plan(
        sql`explain select code from communes where codes_postaux_texte(codes_postaux) like '% 020%'`,
      ),
    ).toContain('communes_codes_postaux_trgm_idx');
  });
});
