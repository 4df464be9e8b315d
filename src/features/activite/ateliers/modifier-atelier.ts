import { and, eq, ne } from 'drizzle-orm';
import { ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok } from '../../../platform/result.ts';
import { lieuxDeStructure } from '../../lieux/index.ts';
import { courriel, envoyer, lieuDe } from './courriels.ts';
import { type ValeursAtelier, verifierAtelier } from './domain/atelier.ts';
import { promouvoir } from './places.ts';
import { peutAtelier } from './policy.ts';
import type { ResultatAtelier } from './publier-atelier.ts';
import { verrouillerAtelier } from './repo.ts';

/**
 * Changes one workshop. A move (date, time or place) tells every registrant by e-mail; more seats
 * confirm the first on the waiting list. Fewer seats than confirmed registrations is refused.
 */
export async function modifierAtelier(
  ctx: ContexteUtilisateur,
  atelierId: string,
  valeurs: ValeursAtelier,
): Promise<ResultatAtelier<{ deplace: boolean; prevenus: number }>> {
  const structureId = ctx.actor.active?.structureId ?? '';
  const lieux = await lieuxDeStructure(ctx.db, structureId);
  const r = await inTransaction(ctx, async (tx) => {
    const avant = await verrouillerAtelier(tx.db, atelierId);
    if (!avant || !peutAtelier(ctx.actor, 'modifier', avant.structureId) || avant.structureId !== structureId)
      return fail('atelier_introuvable', 'Cet atelier n’existe pas.', 404);
    if (avant.statut !== 'publie')
      return fail('atelier_annule', 'Un atelier annulé ne se modifie plus.', 409);
    const v = verifierAtelier(valeurs, { maintenant: tx.now, lieux: lieux.map((l) => l.id), serie: false });
    if (!v.ok) return fail('saisie_invalide', 'L’atelier n’a pas été modifié.', 422, v.erreurs);
    const s = v.saisie;
    const inscrits = await tx.db
      .select()
      .from(ateliersInscriptions)
      .where(and(eq(ateliersInscriptions.atelierId, avant.id), ne(ateliersInscriptions.statut, 'annulee')));
    const nbConfirmees = inscrits.filter((i) => i.statut === 'confirmee').length;
    if (s.capacite < nbConfirmees)
      return fail('capacite_insuffisante', 'L’atelier n’a pas été modifié.', 422, {
        capacite: `${nbConfirmees} personnes ont une place confirmée : indiquez au moins ${nbConfirmees} places, ou annulez l’atelier.`,
      });
    const lieu = lieux.find((l) => l.id === s.lieuId)!;
    const deplace =
      avant.lieuId !== s.lieuId ||
      avant.debut.getTime() !== s.debut.getTime() ||
      avant.fin.getTime() !== s.fin.getTime();
    const [apres] = await tx.db
      .update(ateliers)
      .set({
        titre: s.titre,
        description: s.description,
        thematiques: s.thematiques,
        niveau: s.niveau,
        lieuId: lieu.id,
        communeInsee: lieu.codeInsee,
        departementCode: lieu.departementCode,
        latitude: lieu.latitude,
        longitude: lieu.longitude,
        debut: s.debut,
        fin: s.fin,
        capacite: s.capacite,
        inscriptionRequise: s.inscriptionRequise,
        accessibilite: s.accessibilite,
        gratuit: s.gratuit,
        modifieLe: tx.now,
      })
      .where(eq(ateliers.id, avant.id))
      .returning();
    const promues = await promouvoir(tx.db, apres!);
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'atelier.modification',
      entityType: 'atelier',
      entityId: avant.id,
      departementCode: apres!.departementCode,
      structureId: avant.structureId,
      ip: ctx.ip,
      details: { deplace, capacite: s.capacite, promues: promues.length },
    });
    return ok({ atelier: apres!, deplace, inscrits, promues });
  });
  if (!r.ok) {
    if (r.error.code === 'saisie_invalide' || r.error.code === 'capacite_insuffisante')
      return { ok: false, erreurs: r.error.fields ?? {} };
    return r;
  }
  const { atelier, deplace, inscrits, promues } = r.value;
  const lieu = await lieuDe(ctx, atelier);
  const promuesIds = new Set(promues.map((p) => p.id));
  const mails = [
    ...promues.map((p) => courriel(ctx, 'promue', atelier, lieu, p)),
    ...(deplace
      ? inscrits
          .filter((i) => !promuesIds.has(i.id))
          .map((i) => courriel(ctx, 'deplacement', atelier, lieu, i))
      : []),
  ];
  await envoyer(ctx, mails);
  return ok({ deplace, prevenus: mails.filter(Boolean).length });
}
