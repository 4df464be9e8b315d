/**
 * npm run bench:communes — latency of the commune search (the use case behind GET /api/v1/communes and
 * the autocomplete), per kind of query, on an in-memory PGlite loaded with the reference geography, or on
 * PostgreSQL when DATABASE_URL is set (migrated and loaded if needed). Prints p50/p95 in milliseconds.
 */
import { sql } from 'drizzle-orm';
import { type Database, openDatabase, openMemoryDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { chargerReferentielGeographique } from '../../src/features/territoires/chargement-referentiel.ts';
import { rechercherCommunes } from '../../src/features/territoires/rechercher-communes.ts';

const REQUETES: Record<string, string[]> = {
  'nom exact': ['laon', 'saint etienne', 'SAINT-ÉTIENNE', 'st etienne', 'bordeaux', 'Paris'],
  'début de nom': ['s', 'sa', 'mont', 'saint j', 'villeneuve'],
  'code postal': ['02000', '75011', '020', '13001', '2A004'],
  libellé: ['Laon (02000)', 'Saint-Denis (93200)'],
  'faute de frappe': ['sant etiene', 'marseile', 'saint etiene', 'chalon sur saone', 'sainte mari'],
};
const TOURS = Number(process.env.TOURS ?? 30);

function centile(valeurs: number[], p: number): number {
  const tri = [...valeurs].sort((a, b) => a - b);
  return tri[Math.min(tri.length - 1, Math.floor((p / 100) * tri.length))] ?? 0;
}

async function ouvrir(): Promise<Database> {
  const database = process.env.DATABASE_URL
    ? await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '', role: 'bench', poolSize: 2 })
    : await openMemoryDatabase();
  await migrateDatabase(database);
  await chargerReferentielGeographique(database.db);
  return database;
}

const database = await ouvrir();
const { db } = database;
console.log(`Moteur : ${database.engine}, ${TOURS} tours par requête`);
const t0 = performance.now();
await db.execute(sql`select count(*) from communes`);
console.log(`Étalonnage (count(*) sur communes) : ${(performance.now() - t0).toFixed(1)} ms\n`);

for (const [categorie, requetes] of Object.entries(REQUETES)) {
  const mesures: number[] = [];
  for (const q of requetes) {
    await rechercherCommunes(db, q, 10); // warm-up
    for (let i = 0; i < TOURS; i++) {
      const t = performance.now();
      await rechercherCommunes(db, q, 10);
      mesures.push(performance.now() - t);
    }
  }
  console.log(
    `${categorie.padEnd(16)} p50 ${centile(mesures, 50).toFixed(2).padStart(7)} ms   p95 ${centile(mesures, 95).toFixed(2).padStart(7)} ms`,
  );
}
await database.close();
