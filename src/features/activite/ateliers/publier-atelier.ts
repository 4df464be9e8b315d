import { ateliers, ateliersSeries } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { lieuxDeStructure } from '../../lieux/index.ts';
import {
  heureParis,
  instantParis,
  occurrences,
  type ValeursAtelier,
  verifierAtelier,
} from './domain/atelier.ts';
import { peutAtelier } from './policy.ts';

export type ResultatAtelier<T> = Result<T> | { ok: false; erreurs: Record<string, string> };

/** Publishes a workshop, or a series (one row per occurrence), at one of the structure's places. */
export async function publierAtelier(
  ctx: ContexteUtilisateur,
  valeurs: ValeursAtelier,
): Promise<ResultatAtelier<{ ids: string[] }>> {
  const structureId = ctx.actor.active?.structureId ?? null;
  if (!structureId || !peutAtelier(ctx.actor, 'publier', structureId))
    return fail('acces_refuse', 'Vous ne pouvez pas publier d’atelier pour cette structure.', 403);
  const lieux = await lieuxDeStructure(ctx.db, structureId);
  const v = verifierAtelier(valeurs, { maintenant: ctx.now, lieux: lieux.map((l) => l.id), serie: true });
  if (!v.ok) return v;
  const s = v.saisie;
  const lieu = lieux.find((l) => l.id === s.lieuId)!;
  const debut = heureParis(s.debut);
  const fin = heureParis(s.fin);
  const jours = s.repetition
    ? occurrences(debut.date, s.repetition.intervalleSemaines, s.repetition.jusquAu)
    : [debut.date];
  return inTransaction(ctx, async (tx) => {
    let serieId: string | null = null;
    if (s.repetition) {
      const [serie] = await tx.db
        .insert(ateliersSeries)
        .values({ structureId, ...s.repetition, creeLe: tx.now })
        .returning({ id: ateliersSeries.id });
      serieId = serie!.id;
    }
    const rows = await tx.db
      .insert(ateliers)
      .values(
        jours.map((jour) => ({
          structureId,
          conseillerId: ctx.actor.userId,
          titre: s.titre,
          description: s.description,
          thematiques: s.thematiques,
          niveau: s.niveau,
          lieuId: lieu.id,
          communeInsee: lieu.codeInsee,
          departementCode: lieu.departementCode,
          latitude: lieu.latitude,
          longitude: lieu.longitude,
          debut: instantParis(jour, debut.heure),
          fin: instantParis(jour, fin.heure),
          serieId,
          capacite: s.capacite,
          inscriptionRequise: s.inscriptionRequise,
          accessibilite: s.accessibilite,
          gratuit: s.gratuit,
          creeLe: tx.now,
          modifieLe: tx.now,
        })),
      )
      .returning({ id: ateliers.id });
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'atelier.publication',
      entityType: 'atelier',
      entityId: rows[0]!.id,
      departementCode: lieu.departementCode,
      structureId,
      ip: ctx.ip,
      details: { titre: s.titre, seances: rows.length, serieId },
    });
    return ok({ ids: rows.map((r) => r.id) });
  });
}
