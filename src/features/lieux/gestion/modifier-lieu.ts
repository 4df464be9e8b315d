import { eq } from 'drizzle-orm';
import { lieux } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { ContexteUtilisateur } from '../../../platform/context.ts';
import { fail, ok } from '../../../platform/result.ts';
import { depuisColonnes, versColonnes } from '../import/colonnes.ts';
import type { ResultatEnregistrement } from './creer-lieu.ts';
import { type ValeursLieu, validerFormulaire } from './formulaire.ts';
import { aujourdhuiAParis } from './fraicheur.ts';
import { peut } from './policy.ts';
import { positionnerLieu } from './positionner-lieu.ts';
import { lieuDeLaStructure, structureDe } from './repo.ts';

/**
 * The owner structure (or its advisers) edits a place; date_maj becomes today. A place of another
 * structure is "not found": nothing tells whether it exists, nothing is written.
 */
export async function modifierLieu(
  ctx: ContexteUtilisateur,
  id: string,
  valeurs: ValeursLieu,
): Promise<ResultatEnregistrement> {
  const acteur = ctx.actor;
  const structureId = acteur.active?.structureId ?? null;
  const actuel = structureId ? await lieuDeLaStructure(ctx.db, structureId, id) : null;
  if (!actuel || !peut(acteur, 'modifier', { type: 'lieu', structureId: actuel.structureId })) {
    return fail('lieu_introuvable', 'Ce lieu n’existe pas ou n’est pas géré par votre structure.', 404);
  }
  const structure = await structureDe(ctx.db, actuel.structureId!);
  const v = await validerFormulaire(ctx.db, valeurs, {
    id,
    aujourdhui: aujourdhuiAParis(ctx.now),
    source: actuel.source ?? structure?.nom ?? '',
  });
  if (!v.ok) return v;
  const { departementCode, horairesAnalyse } = v.valeur;
  const p = await positionnerLieu(ctx, valeurs, v.valeur.lieu, {
    adresse: actuel.adresse,
    codeInsee: actuel.codeInsee,
    latitude: actuel.latitude,
    longitude: actuel.longitude,
    precision: actuel.positionPrecision,
  });
  if (!p.ok) return { ok: false, erreurs: p.erreurs, candidats: [], propositions: p.propositions };
  const lieu = { ...v.valeur.lieu, adresse: p.adresse, latitude: p.latitude, longitude: p.longitude };
  const avant = depuisColonnes(actuel);
  const modifies = (Object.keys(lieu) as (keyof typeof lieu)[]).filter(
    (k) => k !== 'id' && k !== 'date_maj' && JSON.stringify(lieu[k]) !== JSON.stringify(avant[k]),
  );
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(lieux)
      .set({
        ...versColonnes(lieu),
        departementCode,
        horairesAnalyse,
        positionPrecision: p.precision,
        modifieLe: ctx.now,
      })
      .where(eq(lieux.id, id));
    await recordAudit(tx, {
      actor: acteur,
      action: 'lieu.modification',
      entityType: 'lieu',
      entityId: id,
      departementCode,
      structureId: actuel.structureId,
      ip: ctx.ip,
      details: { champs: modifies },
    });
  });
  return ok({ id });
}
