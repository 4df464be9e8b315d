import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jetonsApi, structures, utilisateurs } from '../../db/schema/index.ts';

export async function listerJetons(db: Db) {
  return db
    .select({
      id: jetonsApi.id,
      nom: jetonsApi.nom,
      prefixe: jetonsApi.prefixe,
      portees: jetonsApi.portees,
      departementCode: jetonsApi.departementCode,
      structureId: jetonsApi.structureId,
      structureNom: structures.nom,
      creeLe: jetonsApi.creeLe,
      createurPrenom: utilisateurs.prenom,
      createurNom: utilisateurs.nom,
      derniereUtilisationLe: jetonsApi.derniereUtilisationLe,
      revoqueLe: jetonsApi.revoqueLe,
    })
    .from(jetonsApi)
    .leftJoin(utilisateurs, eq(utilisateurs.id, jetonsApi.creePar))
    .leftJoin(structures, eq(structures.id, jetonsApi.structureId))
    .orderBy(sql`${jetonsApi.revoqueLe} is not null`, desc(jetonsApi.creeLe))
    .limit(1000);
}

export type JetonListe = Awaited<ReturnType<typeof listerJetons>>[number];

export async function chargerJeton(db: Db, id: string) {
  const [row] = await db.select().from(jetonsApi).where(eq(jetonsApi.id, id)).limit(1);
  return row ?? null;
}
