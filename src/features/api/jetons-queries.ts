import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jetonsApi } from '../../db/schema/index.ts';
import { nomsUtilisateurs } from '../comptes/index.ts';
import { structuresParIds } from '../structures/index.ts';

export async function listerJetons(db: Db) {
  const rows = await db
    .select({
      id: jetonsApi.id,
      nom: jetonsApi.nom,
      prefixe: jetonsApi.prefixe,
      portees: jetonsApi.portees,
      departementCode: jetonsApi.departementCode,
      structureId: jetonsApi.structureId,
      creeLe: jetonsApi.creeLe,
      creePar: jetonsApi.creePar,
      derniereUtilisationLe: jetonsApi.derniereUtilisationLe,
      revoqueLe: jetonsApi.revoqueLe,
    })
    .from(jetonsApi)
    .orderBy(sql`${jetonsApi.revoqueLe} is not null`, desc(jetonsApi.creeLe))
    .limit(1000);
  const [structures, createurs] = await Promise.all([
    structuresParIds(
      db,
      rows.map((r) => r.structureId),
    ),
    nomsUtilisateurs(
      db,
      rows.map((r) => r.creePar),
    ),
  ]);
  return rows.map(({ creePar, ...r }) => {
    const createur = creePar ? createurs.get(creePar) : undefined;
    return {
      id: r.id,
      nom: r.nom,
      prefixe: r.prefixe,
      portees: r.portees,
      departementCode: r.departementCode,
      structureId: r.structureId,
      structureNom: r.structureId ? (structures.get(r.structureId)?.nom ?? null) : null,
      creeLe: r.creeLe,
      createurPrenom: createur?.prenom ?? null,
      createurNom: createur?.nom ?? null,
      derniereUtilisationLe: r.derniereUtilisationLe,
      revoqueLe: r.revoqueLe,
    };
  });
}

export type JetonListe = Awaited<ReturnType<typeof listerJetons>>[number];

export async function chargerJeton(db: Db, id: string) {
  const [row] = await db.select().from(jetonsApi).where(eq(jetonsApi.id, id)).limit(1);
  return row ?? null;
}
