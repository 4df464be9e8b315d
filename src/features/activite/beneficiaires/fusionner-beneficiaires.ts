import { and, eq, inArray, sql } from 'drizzle-orm';
import { accompagnements, beneficiaires } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { appliquerPerimetre } from '../statistiques/compteurs/appliquer.ts';
import { beneficiaireAutorise } from './acces.ts';

export interface Fusion {
  garderId: string;
  doublonId: string;
}

/** What changed in the raw tables, for whoever keeps counters (statistics summaries) in step. */
export interface FusionFaite {
  garderId: string;
  doublonId: string;
  /** Accompaniments moved from the duplicate to the kept person. */
  deplaces: number;
  /** The duplicate's rows deleted because the kept person was in the same activity. */
  supprimes: { id: string; activiteId: string; date: string; premier: boolean }[];
  /** Accompaniments (of the kept person, after the move) whose « first accompaniment » flag changed. */
  premiersModifies: { id: string; date: string; premier: boolean }[];
}

/**
 * Merges a duplicate into the beneficiary kept, all or nothing: the duplicate's accompaniments move
 * to the kept one (when both were in one activity the duplicate's row is deleted), the earliest one
 * becomes the only « first accompaniment », the last activity date is recomputed, the kept one takes
 * the contact details it lacked, and the duplicate is marked merged with its personal fields blanked.
 * Only the raw tables are touched: statistics summaries must be adjusted by the caller (see FusionFaite).
 */
export async function fusionnerBeneficiaires(ctx: UseCaseContext, f: Fusion): Promise<Result<FusionFaite>> {
  if (f.garderId === f.doublonId)
    return fail('fusion_impossible', 'Choisissez deux personnes différentes à fusionner.', 422);
  return inTransaction(ctx, async (tx) => {
    const garder = await beneficiaireAutorise(tx, 'fusionner', f.garderId);
    const doublon = await beneficiaireAutorise(tx, 'fusionner', f.doublonId);
    if (!garder.ok) return garder;
    if (!doublon.ok) return doublon;
    // Lock both, then check nobody merged or erased them meanwhile.
    const verrous = await tx.db
      .select({ id: beneficiaires.id })
      .from(beneficiaires)
      .where(
        and(
          inArray(beneficiaires.id, [f.garderId, f.doublonId]),
          sql`${beneficiaires.fusionneDans} is null and ${beneficiaires.effaceLe} is null`,
        ),
      )
      .orderBy(beneficiaires.id)
      .for('update');
    if (verrous.length !== 2)
      return fail('beneficiaire_introuvable', 'Cette personne vient d’être fusionnée ou effacée.', 409);

    // The statistics summary tables: both people's whole contributions out now, back in at the end.
    const perimetre = {
      activiteIds: (
        await tx.db
          .select({ id: accompagnements.activiteId })
          .from(accompagnements)
          .where(inArray(accompagnements.beneficiaireId, [f.garderId, f.doublonId]))
      ).map((r) => r.id),
      beneficiaireIds: [f.garderId, f.doublonId],
    };
    await appliquerPerimetre(tx.db, perimetre, -1);

    const avant = await tx.db
      .select({ id: accompagnements.id, premier: accompagnements.premierAccompagnement })
      .from(accompagnements)
      .where(inArray(accompagnements.beneficiaireId, [f.garderId, f.doublonId]));
    const supprimes = await tx.db
      .delete(accompagnements)
      .where(
        and(
          eq(accompagnements.beneficiaireId, f.doublonId),
          sql`${accompagnements.activiteId} in (select a.activite_id from accompagnements a where a.beneficiaire_id = ${f.garderId})`,
        ),
      )
      .returning({
        id: accompagnements.id,
        activiteId: accompagnements.activiteId,
        date: accompagnements.date,
        premier: accompagnements.premierAccompagnement,
      });
    const deplaces = await tx.db
      .update(accompagnements)
      .set({ beneficiaireId: f.garderId })
      .where(eq(accompagnements.beneficiaireId, f.doublonId))
      .returning({ id: accompagnements.id });
    // The earliest accompaniment is the first one (already flagged first wins a tie, then the id).
    const apres = await tx.db
      .update(accompagnements)
      .set({
        premierAccompagnement: sql`${accompagnements.id} = (
          select a.id from accompagnements a where a.beneficiaire_id = ${f.garderId}
          order by a.date asc, a.premier_accompagnement desc, a.id asc limit 1)`,
      })
      .where(eq(accompagnements.beneficiaireId, f.garderId))
      .returning({
        id: accompagnements.id,
        date: accompagnements.date,
        premier: accompagnements.premierAccompagnement,
      });
    const etaitPremier = new Map(avant.map((a) => [a.id, a.premier]));
    const premiersModifies = apres.filter((a) => etaitPremier.get(a.id) !== a.premier);

    const d = doublon.value;
    await tx.db
      .update(beneficiaires)
      .set({
        derniereActivite: sql`(select max(a.date) from accompagnements a where a.beneficiaire_id = ${f.garderId})`,
        telephone: sql`coalesce(${beneficiaires.telephone}, ${d.telephone})`,
        courriel: sql`coalesce(${beneficiaires.courriel}, ${d.courriel})`,
        anneeNaissance: sql`coalesce(${beneficiaires.anneeNaissance}, ${d.anneeNaissance}::smallint)`,
        communeInsee: sql`coalesce(${beneficiaires.communeInsee}, ${d.communeInsee})`,
        consentementLe: sql`coalesce(${beneficiaires.consentementLe}, ${d.consentementLe?.toISOString() ?? null}::timestamptz)`,
        modifieLe: tx.now,
      })
      .where(eq(beneficiaires.id, f.garderId));
    await tx.db
      .update(beneficiaires)
      .set({
        fusionneDans: f.garderId,
        prenom: null,
        nom: null,
        telephone: null,
        courriel: null,
        anneeNaissance: null,
        notes: null,
        derniereActivite: null,
        modifieLe: tx.now,
      })
      .where(eq(beneficiaires.id, f.doublonId));
    await appliquerPerimetre(tx.db, perimetre, 1);
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'activite.beneficiaire.fusion',
      entityType: 'beneficiaire',
      entityId: f.garderId,
      structureId: garder.value.structureId,
      ip: tx.ip,
      details: { doublon: f.doublonId, deplaces: deplaces.length, supprimes: supprimes.length },
    });
    return ok({ ...f, deplaces: deplaces.length, supprimes, premiersModifies });
  });
}
