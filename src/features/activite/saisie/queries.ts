import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { accompagnements, activites, beneficiaires } from '../../../db/schema/index.ts';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';
import type { TypeActivite } from '../domain/vocabulaire.ts';
import type { AuteurActivite } from './enregistrer-activite.ts';

export interface FiltresActivites {
  du?: string | undefined;
  au?: string | undefined;
  type?: TypeActivite | undefined;
}

/** Mine: recorded by this person in the structure they act for. */
const miennes = (auteur: AuteurActivite) =>
  and(eq(activites.conseillerId, auteur.conseillerId), eq(activites.structureId, auteur.structureId));

const colonnes = {
  id: activites.id,
  type: activites.type,
  date: activites.date,
  dureeMinutes: activites.dureeMinutes,
  typeLieu: activites.typeLieu,
  lieuId: activites.lieuId,
  communeInsee: activites.communeInsee,
  titre: activites.titre,
  niveau: activites.niveau,
  thematiquesNumeriques: activites.thematiquesNumeriques,
  thematiquesAdministratives: activites.thematiquesAdministratives,
  versionThematiques: activites.versionThematiques,
  materiel: activites.materiel,
  autonomie: activites.autonomie,
  orientation: activites.orientation,
  notes: activites.notes,
  creeLe: activites.creeLe,
};

export type LigneActivite = Awaited<ReturnType<typeof lignes>>[number] & { participants: number };

function lignes(db: Db, where: SQL | undefined, offset: number, taille: number) {
  return db
    .select(colonnes)
    .from(activites)
    .where(where)
    .orderBy(desc(activites.date), desc(activites.creeLe), desc(activites.id))
    .limit(taille)
    .offset(offset);
}

/** My activities, newest first, one page of them, with how many people each concerned. */
export async function mesActivites(
  db: Db,
  auteur: AuteurActivite,
  filtres: FiltresActivites,
  page: { offset: number; taille: number },
): Promise<{ rows: LigneActivite[]; total: number }> {
  const where = and(
    miennes(auteur),
    filtres.du ? gte(activites.date, filtres.du) : undefined,
    filtres.au ? lte(activites.date, filtres.au) : undefined,
    filtres.type ? eq(activites.type, filtres.type) : undefined,
  );
  const [rows, [compte]] = await Promise.all([
    lignes(db, where, page.offset, page.taille),
    db.select({ n: count() }).from(activites).where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const parActivite = new Map<string, number>();
  if (ids.length > 0) {
    const comptes = await db
      .select({ id: accompagnements.activiteId, n: count() })
      .from(accompagnements)
      .where(inArray(accompagnements.activiteId, ids))
      .groupBy(accompagnements.activiteId);
    for (const c of comptes) parActivite.set(c.id, Number(c.n));
  }
  return {
    rows: rows.map((r) => ({ ...r, participants: parActivite.get(r.id) ?? 0 })),
    total: Number(compte?.n ?? 0),
  };
}

export interface ParticipantActivite {
  beneficiaireId: string;
  anonyme: boolean;
  prenom: string | null;
  nom: string | null;
  genre: string;
  trancheAge: string;
  statutSocial: string;
  communeInsee: string | null;
  premier: boolean;
  /** Erased or merged since: shown without a name. */
  indisponible: boolean;
}

/** One of my activities with its participants, or null (another's or unknown: the same answer). */
export async function monActivite(db: Db, auteur: AuteurActivite, id: string) {
  if (!estUuid(id)) return null;
  const [row] = await db
    .select(colonnes)
    .from(activites)
    .where(and(miennes(auteur), eq(activites.id, id)))
    .limit(1);
  if (!row) return null;
  const gens = await db
    .select({
      beneficiaireId: beneficiaires.id,
      anonyme: beneficiaires.anonyme,
      prenom: beneficiaires.prenom,
      nom: beneficiaires.nom,
      genre: beneficiaires.genre,
      trancheAge: beneficiaires.trancheAge,
      statutSocial: beneficiaires.statutSocial,
      communeInsee: beneficiaires.communeInsee,
      premier: accompagnements.premierAccompagnement,
      effaceLe: beneficiaires.effaceLe,
      fusionneDans: beneficiaires.fusionneDans,
    })
    .from(accompagnements)
    .innerJoin(beneficiaires, eq(beneficiaires.id, accompagnements.beneficiaireId))
    .where(eq(accompagnements.activiteId, row.id))
    .orderBy(asc(beneficiaires.anonyme), asc(beneficiaires.nom), asc(accompagnements.id));
  const participants: ParticipantActivite[] = gens.map(({ effaceLe, fusionneDans, ...g }) => ({
    ...g,
    indisponible: effaceLe !== null || fusionneDans !== null,
  }));
  return { ...row, participants };
}

export type ActiviteDetaillee = NonNullable<Awaited<ReturnType<typeof monActivite>>>;

/** The activity already recorded with this form key (a second click on "Enregistrer"), if any. */
export async function activiteDeCle(db: Db, auteur: AuteurActivite, cle: string): Promise<string | null> {
  const [row] = await db
    .select({ id: activites.id })
    .from(activites)
    .where(and(miennes(auteur), eq(activites.cleIdempotence, cle)))
    .limit(1);
  return row?.id ?? null;
}
