import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase } from '../../tests/helpers/db.ts';
import type { Database } from './client.ts';
import { ligne, lignes } from './sql.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('requêtes SQL brutes typées', () => {
  it('rend les lignes, converties par le schéma quand le type dépend du moteur', async () => {
    const compte = await ligne(
      database.db,
      sql`select count(*) as n from departements where code in ('02', '80')`,
      z.object({ n: z.coerce.number() }),
    );
    expect(compte).toEqual({ n: 2 });
    const noms = await lignes<{ code: string; nom: string }>(
      database.db,
      sql`select code, nom from departements where code in ('80', '02') order by code`,
    );
    expect(noms).toEqual([
      { code: '02', nom: 'Aisne' },
      { code: '80', nom: 'Somme' },
    ]);
    expect(await ligne(database.db, sql`select 1 as un where false`)).toBeUndefined();
  });
  it('un schéma qui ne correspond pas échoue au lieu de laisser passer une valeur fausse', async () => {
    await expect(lignes(database.db, sql`select 'x' as n`, z.object({ n: z.number() }))).rejects.toThrow();
  });
});
