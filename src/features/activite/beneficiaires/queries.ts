import { and, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { echapperLike } from '../../../db/like.ts';
import { beneficiaires } from '../../../db/schema/index.ts';
import { estUuid } from '../../../platform/valeurs/identifiants.ts';
import type { AuteurActivite } from '../saisie/enregistrer-activite.ts';

/** A followed beneficiary as a list or a picker shows them (never sent as a row). */
export interface BeneficiaireSuivi {
  id: string;
  prenom: string | null;
  nom: string | null;
  anonyme: boolean;
  anneeNaissance: number | null;
  communeInsee: string | null;
  derniereActivite: string | null;
}

const colonnes = {
  id: beneficiaires.id,
  prenom: beneficiaires.prenom,
  nom: beneficiaires.nom,
  anonyme: beneficiaires.anonyme,
  anneeNaissance: beneficiaires.anneeNaissance,
  communeInsee: beneficiaires.communeInsee,
  derniereActivite: beneficiaires.derniereActivite,
};

/** Only the person's own, live (not merged, not erased) named beneficiaries, in that structure. */
export const lesSiens = (suivi: AuteurActivite) =>
  and(
    eq(beneficiaires.conseillerId, suivi.conseillerId),
    eq(beneficiaires.structureId, suivi.structureId),
    eq(beneficiaires.anonyme, false),
    isNull(beneficiaires.fusionneDans),
    isNull(beneficiaires.effaceLe),
  );

/**
 * The adviser's named beneficiaries whose first or last name contains `texte` (accents and case
 * ignored), most recently helped first; without text, the most recent ones.
 */
export async function rechercherBeneficiaires(
  db: Db,
  suivi: AuteurActivite,
  texte: string,
  limite = 20,
): Promise<BeneficiaireSuivi[]> {
  return db
    .select(colonnes)
    .from(beneficiaires)
    .where(and(lesSiens(suivi), filtreTexte(texte)))
    .orderBy(sql`${beneficiaires.derniereActivite} desc nulls last`, desc(beneficiaires.creeLe))
    .limit(Math.min(Math.max(limite, 1), 100));
}

/** First or last name (or both) containing the text, accents and case ignored; none without text. */
export function filtreTexte(texte: string) {
  const q = texte.trim().slice(0, 100);
  const motif = `%${echapperLike(q)}%`;
  return q
    ? or(
        ilike(sql`immutable_unaccent(${beneficiaires.prenom})`, sql`immutable_unaccent(${motif})`),
        ilike(sql`immutable_unaccent(${beneficiaires.nom})`, sql`immutable_unaccent(${motif})`),
        ilike(
          sql`immutable_unaccent(${beneficiaires.prenom} || ' ' || ${beneficiaires.nom})`,
          sql`immutable_unaccent(${motif})`,
        ),
      )
    : undefined;
}

/** One of the adviser's own beneficiaries, or null (another's, merged, erased or unknown: the same). */
export async function beneficiaireSuivi(
  db: Db,
  suivi: AuteurActivite,
  id: string,
): Promise<BeneficiaireSuivi | null> {
  if (!estUuid(id)) return null;
  const [row] = await db
    .select(colonnes)
    .from(beneficiaires)
    .where(and(lesSiens(suivi), eq(beneficiaires.id, id)))
    .limit(1);
  return row ?? null;
}
