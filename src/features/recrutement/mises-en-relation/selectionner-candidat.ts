import { and, eq } from 'drizzle-orm';
import { misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { structuresPubliees, verrouillerStructure } from '../../structures/index.ts';
import { arrondiKm, distanceKm } from '../domain/distance.ts';
import { TRANSITIONS_MISE_EN_RELATION, transitionPermise } from '../domain/transitions.ts';
import type { StatutMiseEnRelation } from '../domain/types.ts';
import { envoyer, mailInteretStructure } from '../emails.ts';
import { can } from '../policy.ts';
import { candidatEnPoste, candidatureActive, verrouillerCandidat } from '../repo.ts';

/**
 * A validated structure pre-selects, by hand, a candidate found in the national search: the relation
 * is created (or reopened) as "interested".
 */
export async function selectionnerCandidat(
  ctx: ContexteUtilisateur,
  structureId: string,
  candidatId: string,
): Promise<Result<{ id: string }>> {
  let mail: ReturnType<typeof mailInteretStructure> | null = null;
  const r = await inTransaction(ctx, async (tx) => {
    const [s] = await tx.db
      .select({
        id: structuresPubliees.id,
        nom: structuresPubliees.nom,
        departementCode: structuresPubliees.departementCode,
        latitude: structuresPubliees.latitude,
        longitude: structuresPubliees.longitude,
      })
      .from(structuresPubliees)
      .where(eq(structuresPubliees.id, structureId));
    const resource = s && {
      type: 'mise-en-relation' as const,
      structureId: s.id,
      departementCode: s.departementCode,
      candidatUtilisateurId: null,
    };
    if (!s || !resource || !can(tx.actor, 'repondre', resource)) {
      return fail('acces_refuse', 'Seule la structure présélectionne ses candidats.', 403);
    }
    const candidature = await candidatureActive(tx.db, s.id);
    if (candidature?.statut !== 'VALIDATION_COSELEC') {
      return fail(
        'structure_non_validee',
        'Seule une structure validée par le comité de sélection peut présélectionner des candidats.',
        409,
      );
    }
    await verrouillerStructure(tx.db, s.id);
    const c = /^[0-9a-f-]{36}$/i.test(candidatId) ? await verrouillerCandidat(tx.db, candidatId) : null;
    if (!c || c.statut !== 'actif' || (await candidatEnPoste(tx.db, c.id))) {
      return fail('candidat_indisponible', 'Ce candidat n’est pas disponible.', 404);
    }
    const now = tx.now;
    const distance =
      s.latitude !== null && s.longitude !== null && c.latitude !== null && c.longitude !== null
        ? arrondiKm(
            distanceKm(
              s as { latitude: number; longitude: number },
              c as { latitude: number; longitude: number },
            ),
          )
        : null;
    const [existante] = await tx.db
      .select({ id: misesEnRelation.id, statut: misesEnRelation.statut })
      .from(misesEnRelation)
      .where(and(eq(misesEnRelation.structureId, s.id), eq(misesEnRelation.candidatId, c.id)));
    let id: string;
    if (existante) {
      const statut = existante.statut as StatutMiseEnRelation;
      if (statut !== 'interessee' && !transitionPermise(TRANSITIONS_MISE_EN_RELATION, statut, 'interessee')) {
        return fail(
          'deja_en_relation',
          'Ce candidat a déjà décliné votre structure ou est déjà recruté.',
          409,
        );
      }
      await tx.db
        .update(misesEnRelation)
        .set({ statut: 'interessee', modifieLe: now })
        .where(eq(misesEnRelation.id, existante.id));
      id = existante.id;
    } else {
      const [row] = await tx.db
        .insert(misesEnRelation)
        .values({
          structureId: s.id,
          candidatId: c.id,
          distanceKm: distance,
          statut: 'interessee',
          origine: 'manuelle',
          creeLe: now,
          modifieLe: now,
        })
        .returning({ id: misesEnRelation.id });
      id = row!.id;
    }
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'mise_en_relation.preselection',
      entityType: 'mise_en_relation',
      entityId: id,
      departementCode: s.departementCode,
      structureId: s.id,
      ip: tx.ip,
      details: { candidat: c.id, distanceKm: distance },
    });
    if (c.email) {
      mail = mailInteretStructure(tx.config.baseUrl, {
        to: c.email,
        prenom: c.prenom ?? '',
        structure: s.nom,
      });
    }
    return ok({ id });
  });
  if (r.ok) await envoyer(ctx, [mail]);
  return r;
}
