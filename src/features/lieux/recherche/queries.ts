import { isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux, lieuxJournalModifications } from '../../../db/schema/index.ts';
import type { LieuIndexe } from './index-memoire.ts';

/**
 * Reads for the search index. Places are public open data: no actor scope, but merged duplicates are
 * never shown.
 */
export async function chargerLieuxVisibles(db: Db): Promise<LieuIndexe[]> {
  return db
    .select({
      id: lieux.id,
      nom: lieux.nom,
      adresse: lieux.adresse,
      complementAdresse: lieux.complementAdresse,
      codePostal: lieux.codePostal,
      commune: lieux.commune,
      codeInsee: lieux.codeInsee,
      departementCode: lieux.departementCode,
      latitude: lieux.latitude,
      longitude: lieux.longitude,
      telephone: lieux.telephone,
      courriels: lieux.courriels,
      siteWeb: lieux.siteWeb,
      horaires: lieux.horaires,
      typologie: lieux.typologie,
      services: lieux.services,
      publicsSpecifiquementAdresses: lieux.publicsSpecifiquementAdresses,
      priseEnChargeSpecifique: lieux.priseEnChargeSpecifique,
      fraisACharge: lieux.fraisACharge,
      dispositifProgrammesNationaux: lieux.dispositifProgrammesNationaux,
      modalitesAcces: lieux.modalitesAcces,
      modalitesAccompagnement: lieux.modalitesAccompagnement,
      priseRdv: lieux.priseRdv,
      structureId: lieux.structureId,
      dateMaj: lieux.dateMaj,
      horairesAnalyse: lieux.horairesAnalyse,
    })
    .from(lieux)
    .where(isNull(lieux.fusionneDans));
}

/** Changes whenever a transaction that wrote `lieux` commits (count and max of an append-only journal). */
export async function signatureLieux(db: Db): Promise<string> {
  const [row] = await db
    .select({
      n: sql<string>`count(*)::text`,
      max: sql<string>`coalesce(max(${lieuxJournalModifications.id}), 0)::text`,
    })
    .from(lieuxJournalModifications);
  return `${row?.n}:${row?.max}`;
}

/** Keeps the journal short; any process that sees the count change reloads once. */
export async function purgerJournal(db: Db): Promise<void> {
  await db
    .delete(lieuxJournalModifications)
    .where(sql`${lieuxJournalModifications.le} < now() - interval '10 minutes'`);
}

export async function tailleJournal(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(lieuxJournalModifications);
  return row?.n ?? 0;
}
