import { isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/helpers/db.ts';
import type { Database } from '../../../db/client.ts';
import { lieux } from '../../../db/schema/index.ts';
import { chargerLieuxVisibles } from './queries.ts';

const TAILLE = 7;

describe('chargement de l’index de recherche par pages', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.execute(sql`
      insert into lieux (pivot, nom, commune, code_postal, adresse, date_maj, fusionne_dans)
      select '00000000000000', 'Lieu ' || g, 'Laon', '02000', g || ' rue de la Paix', '2024-01-01', null
      from generate_series(1, 45) g`);
    const [{ id }] = (await database.db.select({ id: lieux.id }).from(lieux).limit(1)) as [{ id: string }];
    await database.db.execute(sql`update lieux set fusionne_dans = ${id} where nom = 'Lieu 45'`);
  });
  afterAll(() => database?.close());

  it('lit chaque lieu visible une fois, page par page, en laissant passer les requêtes entre deux pages', async () => {
    const [{ n }] = (await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(lieux)
      .where(isNull(lieux.fusionneDans))) as [{ n: number }];
    expect(n).toBe(44);
    let pauses = 0;
    const charges = await chargerLieuxVisibles(
      database.db,
      async () => {
        pauses += 1;
      },
      TAILLE,
    );
    expect(charges).toHaveLength(n);
    expect(new Set(charges.map((l) => l.id)).size).toBe(n);
    expect(pauses).toBe(Math.floor(n / TAILLE));
    expect(charges.map((l) => l.nom)).not.toContain('Lieu 45');
    expect(charges[0]).toMatchObject({ id: expect.any(String), nom: expect.any(String) });
  });
});
