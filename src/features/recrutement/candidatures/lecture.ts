import { and, asc, desc, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { avisPrefecture, candidaturesStructures, decisionsCoselec } from '../../../db/schema/index.ts';
import { utilisateursPublies } from '../../comptes/index.ts';
import { structuresPubliees } from '../../structures/index.ts';
import { communesPubliees } from '../../territoires/index.ts';

/**
 * Structure applications as the préfecture (its département) and ANCT (national) list them.
 * The caller passes the scope: a préfecture's département is always set by the route, never by the query.
 */
export interface FiltresCandidatures {
  departement?: string | undefined;
  type?: string | undefined;
  statut?: string | undefined;
  qpv?: boolean | undefined;
  zrr?: boolean | undefined;
  postesMin?: number | undefined;
  avis?: 'favorable' | 'defavorable' | 'sans' | undefined;
  q?: string | undefined;
  page: number;
}

export const CANDIDATURES_PAR_PAGE = 25;

/** Posts granted so far (sum of the decision rows, amendments included). */
const postesAttribues = sql<number>`coalesce((select sum(d.postes) from ${decisionsCoselec} d where d.candidature_id = ${candidaturesStructures.id}), 0)::int`;

function conditions(f: FiltresCandidatures): SQL | undefined {
  const motif = f.q ? `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    f.departement ? eq(structuresPubliees.departementCode, f.departement) : undefined,
    f.type ? eq(structuresPubliees.type, f.type) : undefined,
    f.statut ? eq(candidaturesStructures.statut, f.statut) : undefined,
    f.qpv ? eq(structuresPubliees.qpv, 'oui') : undefined,
    f.zrr ? eq(structuresPubliees.zrr, true) : undefined,
    f.postesMin !== undefined ? sql`${candidaturesStructures.postesDemandes} >= ${f.postesMin}` : undefined,
    f.avis === 'sans'
      ? sql`${avisPrefecture.id} is null`
      : f.avis
        ? eq(avisPrefecture.avis, f.avis)
        : undefined,
    motif
      ? sql`(${ilike(structuresPubliees.nom, motif)} or ${structuresPubliees.siret} = ${f.q})`
      : undefined,
  );
}

const colonnes = {
  id: candidaturesStructures.id,
  statut: candidaturesStructures.statut,
  postesDemandes: candidaturesStructures.postesDemandes,
  dateDebutSouhaitee: candidaturesStructures.dateDebutSouhaitee,
  creeLe: candidaturesStructures.creeLe,
  structureId: structuresPubliees.id,
  nom: structuresPubliees.nom,
  siret: structuresPubliees.siret,
  type: structuresPubliees.type,
  communeNom: communesPubliees.nom,
  codePostal: structuresPubliees.codePostal,
  departementCode: structuresPubliees.departementCode,
  qpv: structuresPubliees.qpv,
  zrr: structuresPubliees.zrr,
  franceServices: structuresPubliees.franceServices,
  latitude: structuresPubliees.latitude,
  longitude: structuresPubliees.longitude,
  avis: avisPrefecture.avis,
  rangPriorite: avisPrefecture.rangPriorite,
  avisEnRetard: avisPrefecture.enRetard,
  postesAttribues,
};

function base(db: Db) {
  return db
    .select(colonnes)
    .from(candidaturesStructures)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .leftJoin(communesPubliees, eq(communesPubliees.code, structuresPubliees.communeCode))
    .leftJoin(avisPrefecture, eq(avisPrefecture.candidatureId, candidaturesStructures.id));
}

export async function listerCandidatures(db: Db, f: FiltresCandidatures) {
  const where = conditions(f);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(candidaturesStructures)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .leftJoin(avisPrefecture, eq(avisPrefecture.candidatureId, candidaturesStructures.id))
    .where(where);
  const rows = await base(db)
    .where(where)
    .orderBy(sql`${avisPrefecture.rangPriorite} asc nulls last`, desc(candidaturesStructures.creeLe))
    .limit(CANDIDATURES_PAR_PAGE)
    .offset((f.page - 1) * CANDIDATURES_PAR_PAGE);
  return { total: total?.n ?? 0, rows };
}
export type CandidatureListee = Awaited<ReturnType<typeof listerCandidatures>>['rows'][number];

/** Every matching application (map and spreadsheet export), capped. */
export async function toutesCandidatures(db: Db, f: Omit<FiltresCandidatures, 'page'>, limite = 20_000) {
  return base(db)
    .where(conditions({ ...f, page: 1 }))
    .orderBy(asc(structuresPubliees.departementCode), asc(structuresPubliees.nom))
    .limit(limite);
}

/** One application with everything its detail page shows (the route checks the actor's scope). */
export async function dossierCandidature(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select({
      id: candidaturesStructures.id,
      statut: candidaturesStructures.statut,
      postesDemandes: candidaturesStructures.postesDemandes,
      dateDebutSouhaitee: candidaturesStructures.dateDebutSouhaitee,
      motivation: candidaturesStructures.motivation,
      contactPrenom: candidaturesStructures.contactPrenom,
      contactNom: candidaturesStructures.contactNom,
      contactFonction: candidaturesStructures.contactFonction,
      contactEmail: candidaturesStructures.contactEmail,
      contactTelephone: candidaturesStructures.contactTelephone,
      creeLe: candidaturesStructures.creeLe,
      structureId: structuresPubliees.id,
      nom: structuresPubliees.nom,
      siret: structuresPubliees.siret,
      type: structuresPubliees.type,
      adresse: structuresPubliees.adresse,
      communeNom: communesPubliees.nom,
      codePostal: structuresPubliees.codePostal,
      departementCode: structuresPubliees.departementCode,
      qpv: structuresPubliees.qpv,
      zrr: structuresPubliees.zrr,
      franceServices: structuresPubliees.franceServices,
      reseauNational: structuresPubliees.reseauNational,
      postesAttribues,
    })
    .from(candidaturesStructures)
    .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
    .leftJoin(communesPubliees, eq(communesPubliees.code, structuresPubliees.communeCode))
    .where(eq(candidaturesStructures.id, id));
  return row ?? null;
}
export type DossierCandidature = NonNullable<Awaited<ReturnType<typeof dossierCandidature>>>;

export async function avisDeCandidature(db: Db, candidatureId: string) {
  const [row] = await db
    .select({
      avis: avisPrefecture.avis,
      commentaire: avisPrefecture.commentaire,
      rangPriorite: avisPrefecture.rangPriorite,
      enRetard: avisPrefecture.enRetard,
      donneLe: avisPrefecture.donneLe,
      modifieLe: avisPrefecture.modifieLe,
      auteurPrenom: utilisateursPublies.prenom,
      auteurNom: utilisateursPublies.nom,
    })
    .from(avisPrefecture)
    .leftJoin(utilisateursPublies, eq(utilisateursPublies.id, avisPrefecture.auteurId))
    .where(eq(avisPrefecture.candidatureId, candidatureId));
  return row ?? null;
}
export type AvisLigne = NonNullable<Awaited<ReturnType<typeof avisDeCandidature>>>;
