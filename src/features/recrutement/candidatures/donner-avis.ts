import { and, eq, ne } from 'drizzle-orm';
import { avisPrefecture, candidaturesStructures } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { structuresPubliees } from '../../structures/index.ts';
import { can } from '../policy.ts';
import { echeanceAvis } from '../programme/repo.ts';
import { chargerCandidature, estViolationUnicite } from '../repo.ts';
import { verifierAvis } from './domain/avis.ts';
import { CANDIDATURE_INTROUVABLE } from './modifier-candidature-structure.ts';

export interface AvisInput {
  avis: unknown;
  commentaire: unknown;
  rangPriorite?: unknown;
}

const rangPris = (rang: number, structure: string | null) => {
  const message = structure
    ? `Le rang ${rang} est déjà donné à « ${structure} » dans ce département : choisissez un autre rang, ou modifiez d’abord l’avis sur cette structure.`
    : `Le rang ${rang} est déjà donné à une autre candidature de ce département : choisissez un autre rang.`;
  return fail('rang_deja_donne', message, 409, { rangPriorite: message });
};

function rang(v: unknown): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * The préfecture of the structure's département gives (or revises) its opinion. Late opinions are
 * accepted and flagged. Another département's préfecture does not even see the application.
 */
export async function donnerAvis(
  ctx: ContexteUtilisateur,
  candidatureId: string,
  input: AvisInput,
): Promise<Result<{ id: string; enRetard: boolean }>> {
  const echeance = await echeanceAvis(ctx.db);
  const v = verifierAvis(
    {
      avis: input.avis,
      commentaire: typeof input.commentaire === 'string' ? input.commentaire : '',
      rangPriorite: rang(input.rangPriorite),
    },
    ctx.now,
    echeance,
  );
  try {
    return await enregistrer(ctx, candidatureId, v, echeance);
  } catch (error) {
    // Two agents giving the same rank at the same instant: the unique index decides.
    if (v.ok && v.value.rangPriorite !== null && estViolationUnicite(error))
      return rangPris(v.value.rangPriorite, null);
    throw error;
  }
}

async function enregistrer(
  ctx: ContexteUtilisateur,
  candidatureId: string,
  v: ReturnType<typeof verifierAvis>,
  echeance: string | null,
): Promise<Result<{ id: string; enRetard: boolean }>> {
  return inTransaction(ctx, async (tx) => {
    const c = await chargerCandidature(tx.db, candidatureId, { verrou: true });
    const resource = c && {
      type: 'candidature-structure' as const,
      structureId: c.structureId,
      departementCode: c.departementCode,
    };
    if (!c || !resource || !can(ctx.actor, 'voir', resource))
      return fail('introuvable', CANDIDATURE_INTROUVABLE, 404);
    if (!can(ctx.actor, 'donner_avis', resource)) {
      return fail(
        'acces_refuse',
        'Seule la préfecture du département donne un avis sur cette candidature.',
        403,
      );
    }
    if (!v.ok) return v;
    if (c.statut !== 'CREEE' && c.statut !== 'EXAMEN_COMPLEMENTAIRE_COSELEC') {
      return fail(
        'avis_clos',
        'Le comité de sélection a déjà statué sur cette candidature : l’avis ne peut plus être modifié.',
        409,
      );
    }
    if (v.value.rangPriorite !== null) {
      const [pris] = await tx.db
        .select({ structure: structuresPubliees.nom })
        .from(avisPrefecture)
        .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, avisPrefecture.candidatureId))
        .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
        .where(
          and(
            eq(avisPrefecture.departementCode, c.departementCode),
            eq(avisPrefecture.rangPriorite, v.value.rangPriorite),
            ne(avisPrefecture.candidatureId, c.id),
          ),
        )
        .limit(1);
      if (pris) return rangPris(v.value.rangPriorite, pris.structure);
    }
    const valeurs = {
      avis: v.value.avis,
      commentaire: v.value.commentaire,
      rangPriorite: v.value.rangPriorite,
      enRetard: v.value.enRetard,
      auteurId: ctx.actor.userId,
      modifieLe: tx.now,
    };
    const [row] = await tx.db
      .insert(avisPrefecture)
      .values({ ...valeurs, candidatureId: c.id, departementCode: c.departementCode, donneLe: tx.now })
      .onConflictDoUpdate({ target: avisPrefecture.candidatureId, set: valeurs })
      .returning({ id: avisPrefecture.id });
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'avis_prefecture.donne',
      entityType: 'candidature_structure',
      entityId: c.id,
      departementCode: c.departementCode,
      structureId: c.structureId,
      ip: tx.ip,
      details: {
        avis: v.value.avis,
        rangPriorite: v.value.rangPriorite,
        enRetard: v.value.enRetard,
        echeance,
      },
    });
    return ok({ id: row!.id, enRetard: v.value.enRetard });
  });
}
