import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from './client.ts';

/**
 * Rows of a raw SQL query, the same on both engines (PGlite and node-postgres both answer `{ rows }`).
 * With a zod schema each row is checked and converted (e.g. `count(*)` comes back as a string on
 * PostgreSQL): prefer it whenever a column's type depends on the engine.
 */
export async function lignes<T>(db: Db, requete: SQL, schema?: z.ZodType<T>): Promise<T[]> {
  const res = (await db.execute(requete)) as unknown as { rows: unknown[] };
  return schema ? res.rows.map((r) => schema.parse(r)) : (res.rows as T[]);
}

/** The first row of a raw SQL query, or undefined when it returns none. */
export async function ligne<T>(db: Db, requete: SQL, schema?: z.ZodType<T>): Promise<T | undefined> {
  const rows = await lignes(db, requete, schema);
  return rows[0];
}
