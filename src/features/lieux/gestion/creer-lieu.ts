import { lieux } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { ContexteUtilisateur } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { versColonnes } from '../import/colonnes.ts';
import { type ResultatFormulaire, type ValeursLieu, validerFormulaire } from './formulaire.ts';
import { aujourdhuiAParis } from './fraicheur.ts';
import { peut } from './policy.ts';
import { positionnerLieu } from './positionner-lieu.ts';
import { structureDe } from './repo.ts';

export type ResultatEnregistrement = Result<{ id: string }> | Extract<ResultatFormulaire, { ok: false }>;

/** A structure adds one of its places; the place is published at once (search, map, API, export). */
export async function creerLieu(
  ctx: ContexteUtilisateur,
  valeurs: ValeursLieu,
): Promise<ResultatEnregistrement> {
  const acteur = ctx.actor;
  const structureId = acteur.active?.structureId ?? null;
  if (!structureId || !peut(acteur, 'creer', { type: 'lieu', structureId })) {
    return fail('acces_refuse', 'Vous ne pouvez pas ajouter de lieu pour cette structure.', 403);
  }
  const structure = await structureDe(ctx.db, structureId);
  if (!structure) return fail('structure_introuvable', 'Structure introuvable.', 404);
  const v = await validerFormulaire(ctx.db, valeurs, {
    id: 'nouveau',
    aujourdhui: aujourdhuiAParis(ctx.now),
    source: structure.nom,
  });
  if (!v.ok) return v;
  const { departementCode, horairesAnalyse } = v.valeur;
  const p = await positionnerLieu(ctx, valeurs, v.valeur.lieu);
  if (!p.ok) return { ok: false, erreurs: p.erreurs, candidats: [], propositions: p.propositions };
  const lieu = { ...v.valeur.lieu, adresse: p.adresse, latitude: p.latitude, longitude: p.longitude };
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(lieux)
      .values({
        ...versColonnes(lieu),
        departementCode,
        horairesAnalyse,
        structureId,
        positionPrecision: p.precision,
      })
      .returning({ id: lieux.id });
    await recordAudit(tx, {
      actor: acteur,
      action: 'lieu.creation',
      entityType: 'lieu',
      entityId: row!.id,
      departementCode,
      structureId,
      ip: ctx.ip,
      details: { nom: lieu.nom, commune: lieu.commune, position: p.precision },
    });
    return row!.id;
  });
  return ok({ id });
}
