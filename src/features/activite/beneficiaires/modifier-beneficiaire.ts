import { eq } from 'drizzle-orm';
import { accompagnements, beneficiaires } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { appliquerPerimetre } from '../statistiques/compteurs/appliquer.ts';

const CHAMPS_STATISTIQUES = ['genre', 'trancheAge', 'statutSocial', 'communeInsee'] as const;

import { fail, ok, type Result } from '../../../platform/result.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import type { CommuneCandidate } from '../../../ui/components/commune-field.tsx';
import { resolveCommune } from '../../territoires/index.ts';
import { beneficiaireAutorise } from './acces.ts';
import { type ValeursBeneficiaire, verifierModification } from './formulaire.ts';

export type ResultatModification =
  | { ok: true; value: { id: string } }
  | {
      ok: false;
      status: number;
      message: string;
      erreurs: Record<string, string>;
      candidats: CommuneCandidate[];
    };

/**
 * The adviser corrects a beneficiary they follow: names, contact, year of birth, statistical profile,
 * commune, notes. All rules checked before anything is written; the journal names the changed fields.
 */
export async function modifierBeneficiaire(
  ctx: UseCaseContext,
  id: string,
  valeurs: ValeursBeneficiaire,
): Promise<ResultatModification> {
  const acces = await beneficiaireAutorise(ctx, 'modifier', id);
  if (!acces.ok) return { ok: false, status: 404, message: acces.error.message, erreurs: {}, candidats: [] };
  const v = verifierModification(valeurs, Number(jourParis(ctx.now).slice(0, 4)));
  const erreurs = v.ok ? {} : { ...v.erreurs };
  let communeInsee: string | null = null;
  let candidats: CommuneCandidate[] = [];
  if (valeurs.commune.trim() || valeurs.communeCode.trim()) {
    const c = await resolveCommune(ctx.db, valeurs.commune, valeurs.communeCode);
    if (c.ok) communeInsee = c.commune.code;
    else {
      erreurs.commune = c.message;
      candidats = c.candidates;
    }
  }
  if (!v.ok || Object.keys(erreurs).length > 0)
    return {
      ok: false,
      status: 422,
      message: 'Les modifications n’ont pas été enregistrées : corrigez les champs signalés.',
      erreurs,
      candidats,
    };
  const avant = acces.value;
  const apres = { ...v.valeur, communeInsee };
  const champs = (Object.keys(apres) as (keyof typeof apres)[]).filter((k) => apres[k] !== avant[k]);
  // A statistical field changed: the person's contributions to the summary tables move with it.
  const profilChange = champs.some((c) => (CHAMPS_STATISTIQUES as readonly string[]).includes(c));
  const r: Result<{ id: string }> = await inTransaction(ctx, async (tx) => {
    const perimetre = profilChange
      ? {
          activiteIds: (
            await tx.db
              .select({ id: accompagnements.activiteId })
              .from(accompagnements)
              .where(eq(accompagnements.beneficiaireId, avant.id))
          ).map((a) => a.id),
          beneficiaireIds: [avant.id],
        }
      : null;
    if (perimetre) await appliquerPerimetre(tx.db, perimetre, -1);
    const maj = await tx.db
      .update(beneficiaires)
      .set({ ...apres, modifieLe: tx.now })
      .where(eq(beneficiaires.id, avant.id))
      .returning({ id: beneficiaires.id });
    if (maj.length !== 1) return fail('beneficiaire_introuvable', 'Personne introuvable.', 404);
    if (perimetre) await appliquerPerimetre(tx.db, perimetre, 1);
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'activite.beneficiaire.modification',
      entityType: 'beneficiaire',
      entityId: avant.id,
      structureId: avant.structureId,
      ip: tx.ip,
      details: { champs },
    });
    return ok({ id: avant.id });
  });
  if (!r.ok)
    return { ok: false, status: r.error.status ?? 404, message: r.error.message, erreurs: {}, candidats: [] };
  return r;
}
