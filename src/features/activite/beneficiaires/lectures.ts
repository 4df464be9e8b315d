import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import { accompagnements, activites, beneficiaires } from '../../../db/schema/index.ts';
import type { UserActor } from '../../../platform/auth/actor.ts';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';
import type { AuteurActivite } from '../saisie/enregistrer-activite.ts';
import { filtreTexte, lesSiens } from './queries.ts';

/** Whose beneficiaries the actor sees: their own, in the structure they act for (null: nobody's). */
export function suiviDe(acteur: UserActor | null | undefined): AuteurActivite | null {
  const structureId = acteur?.active?.structureId;
  return acteur && structureId ? { conseillerId: acteur.userId, structureId } : null;
}

export interface LigneBeneficiaire {
  id: string;
  prenom: string | null;
  nom: string | null;
  anneeNaissance: number | null;
  communeInsee: string | null;
  derniereActivite: string | null;
  accompagnements: number;
}

const nombreAccompagnements = sql<number>`(select count(*)::int from ${accompagnements} where ${accompagnements.beneficiaireId} = ${beneficiaires.id})`;

/** One page of the adviser's beneficiaries (name search), most recently helped first, and the total. */
export async function listerBeneficiaires(
  db: Db,
  suivi: AuteurActivite,
  o: { texte: string; page: number; taille: number },
): Promise<{ lignes: LigneBeneficiaire[]; total: number }> {
  const filtre = and(lesSiens(suivi), filtreTexte(o.texte));
  const [lignes, [compte]] = await Promise.all([
    db
      .select({
        id: beneficiaires.id,
        prenom: beneficiaires.prenom,
        nom: beneficiaires.nom,
        anneeNaissance: beneficiaires.anneeNaissance,
        communeInsee: beneficiaires.communeInsee,
        derniereActivite: beneficiaires.derniereActivite,
        accompagnements: nombreAccompagnements,
      })
      .from(beneficiaires)
      .where(filtre)
      .orderBy(
        sql`${beneficiaires.derniereActivite} desc nulls last`,
        asc(beneficiaires.nom),
        asc(beneficiaires.id),
      )
      .limit(o.taille)
      .offset((o.page - 1) * o.taille),
    db.select({ n: sql<number>`count(*)::int` }).from(beneficiaires).where(filtre),
  ]);
  return { lignes, total: compte?.n ?? 0 };
}

export type FicheBeneficiaire = typeof beneficiaires.$inferSelect;

/** Every column of one of the adviser's own live beneficiaries, or null (another's, unknown…). */
export async function ficheBeneficiaire(
  db: Db,
  suivi: AuteurActivite,
  id: string,
): Promise<FicheBeneficiaire | null> {
  if (!estUuid(id)) return null;
  const [row] = await db
    .select()
    .from(beneficiaires)
    .where(and(lesSiens(suivi), eq(beneficiaires.id, id)))
    .limit(1);
  return row ?? null;
}

export interface AccompagnementHistorique {
  id: string;
  activiteId: string;
  premier: boolean;
  date: string;
  type: string;
  dureeMinutes: number;
  typeLieu: string;
  titre: string | null;
  niveau: string | null;
  thematiquesNumeriques: string[];
  thematiquesAdministratives: string[];
  versionThematiques: string;
  materiel: string[];
  autonomie: string | null;
  orientation: string | null;
  communeInsee: string | null;
  notes: string | null;
}

/** A beneficiary's accompaniments with their activity, most recent first (the caller checked whose). */
export async function historiqueBeneficiaire(
  db: Db,
  beneficiaireId: string,
): Promise<AccompagnementHistorique[]> {
  return db
    .select({
      id: accompagnements.id,
      activiteId: activites.id,
      premier: accompagnements.premierAccompagnement,
      date: activites.date,
      type: activites.type,
      dureeMinutes: activites.dureeMinutes,
      typeLieu: activites.typeLieu,
      titre: activites.titre,
      niveau: activites.niveau,
      thematiquesNumeriques: activites.thematiquesNumeriques,
      thematiquesAdministratives: activites.thematiquesAdministratives,
      versionThematiques: activites.versionThematiques,
      materiel: activites.materiel,
      autonomie: activites.autonomie,
      orientation: activites.orientation,
      communeInsee: activites.communeInsee,
      notes: activites.notes,
    })
    .from(accompagnements)
    .innerJoin(activites, eq(activites.id, accompagnements.activiteId))
    .where(eq(accompagnements.beneficiaireId, beneficiaireId))
    .orderBy(desc(activites.date), desc(activites.creeLe));
}

export interface PersonneDoublon {
  id: string;
  prenom: string | null;
  nom: string | null;
  anneeNaissance: number | null;
  communeInsee: string | null;
  derniereActivite: string | null;
}

/** The name as duplicates compare it: no accents, lower case, single spaces. */
const normalise = (c: unknown) =>
  sql`regexp_replace(lower(immutable_unaccent(btrim(${c}))), '\\s+', ' ', 'g')`;

/**
 * Pairs of the adviser's beneficiaries with the same normalised first and last name (and the same
 * year of birth when both know it), at most `limite` pairs.
 */
export async function doublonsBeneficiaires(
  db: Db,
  suivi: AuteurActivite,
  limite = 100,
): Promise<[PersonneDoublon, PersonneDoublon][]> {
  const b = alias(beneficiaires, 'b2');
  const rows = await db
    .select({
      a: {
        id: beneficiaires.id,
        prenom: beneficiaires.prenom,
        nom: beneficiaires.nom,
        anneeNaissance: beneficiaires.anneeNaissance,
        communeInsee: beneficiaires.communeInsee,
        derniereActivite: beneficiaires.derniereActivite,
      },
      b: {
        id: b.id,
        prenom: b.prenom,
        nom: b.nom,
        anneeNaissance: b.anneeNaissance,
        communeInsee: b.communeInsee,
        derniereActivite: b.derniereActivite,
      },
    })
    .from(beneficiaires)
    .innerJoin(
      b,
      and(
        sql`${b.id} > ${beneficiaires.id}`,
        eq(b.conseillerId, beneficiaires.conseillerId),
        eq(b.structureId, beneficiaires.structureId),
        eq(b.anonyme, false),
        sql`${b.fusionneDans} is null and ${b.effaceLe} is null`,
        sql`${normalise(b.prenom)} = ${normalise(beneficiaires.prenom)}`,
        sql`${normalise(b.nom)} = ${normalise(beneficiaires.nom)}`,
        sql`(${b.anneeNaissance} is null or ${beneficiaires.anneeNaissance} is null or ${b.anneeNaissance} = ${beneficiaires.anneeNaissance})`,
      ),
    )
    .where(lesSiens(suivi))
    .orderBy(asc(beneficiaires.nom), asc(beneficiaires.prenom), asc(beneficiaires.id), asc(b.id))
    .limit(limite);
  return rows.map((r) => [r.a, r.b]);
}
