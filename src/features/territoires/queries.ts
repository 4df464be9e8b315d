import { and, asc, countDistinct, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  communes,
  departements,
  epcis,
  regions,
  type SourceCentre,
  type Zone,
} from '../../db/schema/index.ts';
import { cleTriDepartement, echapperLike } from './domain/recherche.ts';

/**
 * Reference geography is public data: these reads need no actor scope. Every commune read returns the
 * same columns (what presenters need), never a whole row.
 */
const colonnesCommune = {
  code: communes.code,
  nom: communes.nom,
  nomRecherche: communes.nomRecherche,
  codesPostaux: communes.codesPostaux,
  departement: communes.departementCode,
  departementNom: departements.nom,
  region: communes.regionCode,
  population: communes.population,
  epci: communes.epciCode,
};

export interface CommuneLigne {
  code: string;
  nom: string;
  nomRecherche: string;
  codesPostaux: string[];
  departement: string;
  departementNom: string;
  region: string;
  population: number | null;
  epci: string | null;
  similariteMot?: number;
  similarite?: number;
}

export interface FiltreCommune {
  codePostal?: string | undefined;
  departement?: string | undefined;
}

const parPopulation = sql`${communes.population} desc nulls last`;

/** Postal codes as " 02000 02001": a trigram index (migration 0002) answers "a code starts with …". */
const codesPostauxTexte = sql`codes_postaux_texte(${communes.codesPostaux})`;

function debutCodePostal(prefixe: string): SQL {
  return sql`${codesPostauxTexte} like ${`% ${echapperLike(prefixe)}%`}`;
}

function conditionsFiltre(filtre: FiltreCommune): SQL[] {
  const out: SQL[] = [];
  if (filtre.codePostal) out.push(debutCodePostal(filtre.codePostal));
  if (filtre.departement) out.push(eq(communes.departementCode, filtre.departement));
  return out;
}

function selectCommunes(db: Db) {
  return db
    .select(colonnesCommune)
    .from(communes)
    .innerJoin(departements, eq(departements.code, communes.departementCode));
}

/** Communes whose normalised name is exactly, or starts with, the typed name; the exact ones first. */
export async function communesParDebutDeNom(
  db: Db,
  nom: string,
  filtre: FiltreCommune,
  limite: number,
): Promise<CommuneLigne[]> {
  return selectCommunes(db)
    .where(and(sql`${communes.nomRecherche} like ${`${echapperLike(nom)}%`}`, ...conditionsFiltre(filtre)))
    .orderBy(sql`(${communes.nomRecherche} = ${nom}) desc`, parPopulation, asc(communes.code))
    .limit(limite);
}

/** Communes whose name exactly matches the typed name (homonyms ordered by population). */
export async function communesParNomExact(
  db: Db,
  nom: string,
  filtre: FiltreCommune,
  limite: number,
): Promise<CommuneLigne[]> {
  return selectCommunes(db)
    .where(and(eq(communes.nomRecherche, nom), ...conditionsFiltre(filtre)))
    .orderBy(parPopulation, asc(communes.code))
    .limit(limite);
}

/**
 * Similar names through pg_trgm, excluding names that start with the text (found by the prefix query).
 * `mot`: the text appears as a word-like part of the name (word_similarity ≥ 0.6, the `<%` operator);
 * `global`: the whole names are alike (similarity ≥ 0.3, the `%` operator), for typos in short names.
 * Both operators use the trigram GIN index.
 */
export async function communesParSimilarite(
  db: Db,
  nom: string,
  filtre: FiltreCommune,
  limite: number,
  mode: 'mot' | 'global',
): Promise<CommuneLigne[]> {
  const texte = sql`${nom}::text`;
  const similariteMot = sql<number>`word_similarity(${texte}, ${communes.nomRecherche})`;
  const similarite = sql<number>`similarity(${texte}, ${communes.nomRecherche})`;
  const operateur =
    mode === 'mot' ? sql`${texte} <% ${communes.nomRecherche}` : sql`${communes.nomRecherche} % ${texte}`;
  return db
    .select({ ...colonnesCommune, similariteMot, similarite })
    .from(communes)
    .innerJoin(departements, eq(departements.code, communes.departementCode))
    .where(
      and(
        operateur,
        sql`${communes.nomRecherche} not like ${`${echapperLike(nom)}%`}`,
        ...conditionsFiltre(filtre),
      ),
    )
    .orderBy(sql`2 * ${similariteMot} + ${similarite} desc`, parPopulation, asc(communes.code))
    .limit(limite);
}

/** Communes having a postal code that starts with the given digits (or equals a full code). */
export async function communesParCodePostal(
  db: Db,
  prefixe: string,
  limite: number,
): Promise<CommuneLigne[]> {
  return selectCommunes(db)
    .where(debutCodePostal(prefixe))
    .orderBy(parPopulation, asc(communes.code))
    .limit(limite);
}

export async function communesParCodes(db: Db, codes: string[]): Promise<CommuneLigne[]> {
  if (codes.length === 0) return [];
  return selectCommunes(db).where(inArray(communes.code, codes));
}

export async function communeParCode(db: Db, code: string): Promise<CommuneLigne | null> {
  const [row] = await communesParCodes(db, [code]);
  return row ?? null;
}

export interface CommuneDetail extends CommuneLigne {
  regionNom: string;
  epciNom: string | null;
  latitude: number | null;
  longitude: number | null;
  centreSource: SourceCentre | null;
}

/** One commune with the names of its région and EPCI, and its centre when known. */
export async function communeDetaillee(db: Db, code: string): Promise<CommuneDetail | null> {
  const [row] = await db
    .select({
      ...colonnesCommune,
      regionNom: regions.nom,
      epciNom: epcis.nom,
      latitude: communes.latitude,
      longitude: communes.longitude,
      centreSource: communes.centreSource,
    })
    .from(communes)
    .innerJoin(departements, eq(departements.code, communes.departementCode))
    .innerJoin(regions, eq(regions.code, communes.regionCode))
    .leftJoin(epcis, eq(epcis.code, communes.epciCode))
    .where(eq(communes.code, code));
  return row ?? null;
}

export interface DepartementLigne {
  code: string;
  nom: string;
  region: string;
  regionNom: string;
  zone: Zone;
}

/** Whether a département (or overseas collectivité) has this code. */
export async function departementExiste(db: Db, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: departements.code })
    .from(departements)
    .where(eq(departements.code, code))
    .limit(1);
  return row !== undefined;
}

/** Départements (metropolitan and overseas); overseas collectivités (zone com) only when asked. */
export async function listerDepartements(db: Db, inclureCom: boolean): Promise<DepartementLigne[]> {
  const rows = await db
    .select({
      code: departements.code,
      nom: departements.nom,
      region: departements.regionCode,
      regionNom: regions.nom,
      zone: departements.zone,
    })
    .from(departements)
    .innerJoin(regions, eq(regions.code, departements.regionCode))
    .where(inclureCom ? undefined : ne(departements.zone, 'com'));
  return rows.sort((a, b) => cleTriDepartement(a.code).localeCompare(cleTriDepartement(b.code)));
}

/** Names of some départements, by code (for lists that show a membership's or a structure's scope). */
export async function nomsDepartements(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: departements.code, nom: departements.nom })
    .from(departements)
    .where(inArray(departements.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r.nom]));
}

/** Names of some communes, by code. */
export async function nomsCommunes(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: communes.code, nom: communes.nom })
    .from(communes)
    .where(inArray(communes.code, [...new Set(codes)]));
  return new Map(rows.map((r) => [r.code, r.nom]));
}

/** A département with the name of its région. */
export async function departementAvecRegion(
  db: Db,
  code: string,
): Promise<{ code: string; nom: string; region: string } | null> {
  const [row] = await db
    .select({ code: departements.code, nom: departements.nom, region: regions.nom })
    .from(departements)
    .innerJoin(regions, eq(regions.code, departements.regionCode))
    .where(eq(departements.code, code))
    .limit(1);
  return row ?? null;
}

/** How many communes a département has, their population and the EPCI they belong to. */
export async function statistiquesDepartement(
  db: Db,
  code: string,
): Promise<{ communes: number; population: number; epcis: number }> {
  const [row] = await db
    .select({
      communes: sql<number>`count(*)`,
      population: sql<number>`coalesce(sum(${communes.population}), 0)`,
      epcis: countDistinct(communes.epciCode),
    })
    .from(communes)
    .where(eq(communes.departementCode, code));
  return {
    communes: Number(row?.communes ?? 0),
    population: Number(row?.population ?? 0),
    epcis: Number(row?.epcis ?? 0),
  };
}

/** Sizes of the reference geography (national summary). */
export async function compterReferentiel(
  db: Db,
): Promise<{ departements: number; communes: number; epcis: number }> {
  const [[dep], [com], [epci]] = await Promise.all([
    db.select({ n: sql<number>`count(*)` }).from(departements),
    db.select({ n: sql<number>`count(*)` }).from(communes),
    db.select({ n: sql<number>`count(*)` }).from(epcis),
  ]);
  return { departements: Number(dep?.n ?? 0), communes: Number(com?.n ?? 0), epcis: Number(epci?.n ?? 0) };
}

/** Communes serving any of these postal codes (one query for a whole file). */
export async function communesDesCodesPostaux(
  db: Db,
  codesPostaux: string[],
): Promise<{ code: string; nomRecherche: string; codesPostaux: string[] }[]> {
  if (codesPostaux.length === 0) return [];
  return db
    .select({ code: communes.code, nomRecherche: communes.nomRecherche, codesPostaux: communes.codesPostaux })
    .from(communes)
    .where(sql`${communes.codesPostaux} && ${sql.param(codesPostaux)}::text[]`);
}

/** Communes by normalised name (several communes may share a name). */
export async function communesParNomsRecherche(
  db: Db,
  noms: string[],
): Promise<{ nomRecherche: string; departementCode: string; codesPostaux: string[] }[]> {
  if (noms.length === 0) return [];
  return db
    .select({
      nomRecherche: communes.nomRecherche,
      departementCode: communes.departementCode,
      codesPostaux: communes.codesPostaux,
    })
    .from(communes)
    .where(inArray(communes.nomRecherche, noms));
}

/** Every département (overseas collectivités included), code and name, in the order of their codes. */
export async function departementsParCode(db: Db): Promise<{ code: string; nom: string }[]> {
  return db
    .select({ code: departements.code, nom: departements.nom })
    .from(departements)
    .orderBy(departements.code);
}

/** A département's name, or null when the code is unknown. */
export async function nomDepartement(db: Db, code: string): Promise<string | null> {
  return (await nomsDepartements(db, [code])).get(code) ?? null;
}
