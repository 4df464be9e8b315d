import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { seedLieuxDemo } from '../demo/seed-lieux.ts';
import { PLAFOND_PROCHES } from './index-memoire.ts';
import { rechercheDe } from './instance.ts';

const MARDI_10H = new Date('2024-10-08T08:00:00Z');
// A dense quarter far from the demo places (Brest): 1,200 copies of one place within about 1 km.
const CENTRE = { lat: 48.39, lon: -4.486 };

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MARDI_10H;
  await seedLieuxDemo(t.deps.db, MARDI_10H);
  const colonnes = (
    (await t.deps.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'lieux' and column_name not in ('id', 'latitude', 'longitude') and is_generated = 'NEVER' order by ordinal_position`,
    )) as unknown as { rows: { column_name: string }[] }
  ).rows.map((r) => `"${r.column_name}"`);
  const liste = sql.raw(colonnes.join(', '));
  await t.deps.db.execute(sql`
    insert into lieux (id, latitude, longitude, ${liste})
    select gen_random_uuid(), ${CENTRE.lat} + (g % 40) * 0.0002, ${CENTRE.lon} + (g / 40) * 0.0003, ${liste}
    from (select * from lieux where fusionne_dans is null and latitude is not null limit 1) modele,
      generate_series(1, 1200) g`);
  rechercheDe(t.app).invalider();
});
afterAll(() => t.close());

describe('recherche de proximité dans un quartier très dense', () => {
  it('l’API sert les plus proches, dit que le total est plafonné, et pagine jusqu’au plafond', async () => {
    const url = `/api/v1/lieux?near=${CENTRE.lat},${CENTRE.lon}&radius_km=10&limit=100`;
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(200);
    const corps = res.json() as { data: { distance_km: number }[]; total: number; total_plafonne?: boolean };
    expect(corps.total).toBe(PLAFOND_PROCHES);
    expect(corps.total_plafonne).toBe(true);
    expect(corps.data).toHaveLength(100);
    const distances = corps.data.map((d) => d.distance_km);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    let suivant: string | undefined = (res.json() as { next_cursor?: string }).next_cursor;
    let vus = 100;
    while (suivant) {
      const page = (await t.app.inject({ url: `${url}&cursor=${suivant}` })).json() as {
        data: unknown[];
        next_cursor?: string;
      };
      vus += page.data.length;
      suivant = page.next_cursor;
    }
    expect(vus).toBe(PLAFOND_PROCHES);
  });

  it('un rayon étroit donne un total exact, sans plafond', async () => {
    const res = await t.app.inject({ url: `/api/v1/lieux?near=${CENTRE.lat},${CENTRE.lon}&radius_km=0.1` });
    const corps = res.json() as { total: number; total_plafonne?: boolean };
    expect(corps.total).toBeGreaterThan(0);
    expect(corps.total).toBeLessThan(PLAFOND_PROCHES);
    expect(corps.total_plafonne).toBeUndefined();
  });

  it('la page publique le dit en français', async () => {
    const res = await t.app.inject({ url: `/lieux?lat=${CENTRE.lat}&lon=${CENTRE.lon}&rayon=10` });
    expect(res.statusCode).toBe(200);
    expect(res.body.replace(/[\u202f\u00a0]/g, ' ')).toContain(
      'Les 1 000 lieux les plus proches de votre position (plus de 1 000 à moins de 10 km)',
    );
  });
});
