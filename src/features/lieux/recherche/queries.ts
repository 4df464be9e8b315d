import { isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux, lieuxJournalModifications } from '../../../db/schema/index.ts';
import type { LieuIndexe } from './index-memoire.ts';

/** Index fields and the SQL that reads each one (JSON keys are the LieuIndexe field names). */
const CHAMPS: [keyof LieuIndexe, string][] = [
  ['id', 'id'],
  ['nom', 'nom'],
  ['adresse', 'adresse'],
  ['complementAdresse', 'complement_adresse'],
  ['codePostal', 'code_postal'],
  ['commune', 'commune'],
  ['codeInsee', 'code_insee'],
  ['departementCode', 'departement_code'],
  ['latitude', 'latitude'],
  ['longitude', 'longitude'],
  ['telephone', 'telephone'],
  ['courriels', 'courriels'],
  ['siteWeb', 'site_web'],
  ['horaires', 'horaires'],
  ['typologie', 'typologie'],
  ['services', 'services'],
  ['publicsSpecifiquementAdresses', 'publics_specifiquement_adresses'],
  ['priseEnChargeSpecifique', 'prise_en_charge_specifique'],
  ['fraisACharge', 'frais_a_charge'],
  ['dispositifProgrammesNationaux', 'dispositif_programmes_nationaux'],
  ['modalitesAcces', 'modalites_acces'],
  ['modalitesAccompagnement', 'modalites_accompagnement'],
  ['priseRdv', 'prise_rdv'],
  ['structureId', 'structure_id'],
  ['dateMaj', 'date_maj'],
  ['horairesAnalyse', 'horaires_analyse'],
];

const OBJET = sql.raw(`json_build_object(${CHAMPS.map(([cle, col]) => `'${cle}', ${col}`).join(', ')})`);

/**
 * Reads for the search index. Places are public open data: no actor scope, but merged duplicates are
 * never shown. One JSON document for all rows: far faster to transfer and parse than 30,000 rows of
 * arrays (PGlite and node-postgres alike).
 */
/** Rows per page when the index loads: each page is one short query, the requests pass in between. */
export const PAGE_CHARGEMENT = 2000;

export async function chargerLieuxVisibles(
  db: Db,
  entrePages: () => Promise<void> = async () => {},
  taillePage = PAGE_CHARGEMENT,
): Promise<LieuIndexe[]> {
  const tous: LieuIndexe[] = [];
  let apres: string | null = null;
  for (;;) {
    const suite = apres === null ? sql`` : sql`and ${lieux.id} > ${apres}::uuid`;
    const res = await db.execute<{ j: string }>(
      sql`select coalesce(json_agg(p.o order by p.id), '[]')::text as j from (
        select ${lieux.id} as id, ${OBJET} as o from ${lieux}
        where ${isNull(lieux.fusionneDans)} ${suite}
        order by ${lieux.id} limit ${taillePage}) p`,
    );
    const row = (res as unknown as { rows: { j: string }[] }).rows[0];
    const page = JSON.parse(row?.j ?? '[]') as LieuIndexe[];
    for (const l of page) tous.push(l);
    if (page.length < taillePage) return tous;
    apres = String(page.at(-1)!.id);
    await entrePages();
  }
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
