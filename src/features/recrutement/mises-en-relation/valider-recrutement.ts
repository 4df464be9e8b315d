import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import type { Mail } from '../../../platform/mail/mailer.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { attribuerRole } from '../../comptes/index.ts';
import { verrouillerStructure } from '../../structures/index.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_MISE_EN_RELATION_LABELS, type StatutMiseEnRelation } from '../domain/types.ts';
import {
  type DecisionRecrutement,
  envoyer,
  mailDecisionRecrutement,
  mailRecrutementValide,
} from '../emails.ts';
import { can } from '../policy.ts';
import { verrouillerCandidat } from '../repo.ts';
import {
  chargerMiseEnRelation,
  MISE_EN_RELATION_INTROUVABLE,
  ressourceMiseEnRelation,
  rouvrirPropositions,
} from './repo.ts';

export type VerdictRecrutement =
  | { decision: 'valider' }
  | { decision: 'refuser' | 'renvoyer'; motif: unknown };

const VERS = { valider: 'validee', refuser: 'refusee', renvoyer: 'renvoyee' } as const;
const AUDIT = {
  valider: 'recrutement.valide',
  refuser: 'recrutement.refuse',
  renvoyer: 'recrutement.renvoye',
} as const;

const motifSchema = z
  .string()
  .trim()
  .min(10, 'Indiquez le motif (10 caractères au moins) : la structure le lira.')
  .max(1000, 'Le motif ne dépasse pas 1 000 caractères.');

/**
 * ANCT decides on a recruitment the candidate confirmed: validated (the adviser counts as validated and
 * becomes a `conseiller` member of the structure), refused (the post is free again, her proposals
 * reopen) or sent back to the structure to correct the contract. A refusal or a sending back needs a
 * reason. Locks structure, candidate, then relation (ADR 009's order).
 */
export async function deciderRecrutement(
  ctx: ContexteUtilisateur,
  miseEnRelationId: string,
  verdict: VerdictRecrutement,
): Promise<Result<{ id: string; statut: StatutMiseEnRelation }>> {
  let motif: string | null = null;
  const vers = VERS[verdict.decision];
  let mails: Mail[] = [];
  const r = await inTransaction(ctx, async (tx) => {
    const m0 = await chargerMiseEnRelation(tx.db, miseEnRelationId);
    if (!m0 || !can(tx.actor, 'voir', ressourceMiseEnRelation(m0)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, 'valider', ressourceMiseEnRelation(m0)))
      return fail('acces_refuse', 'Seule l’ANCT valide, refuse ou renvoie un recrutement.', 403);
    // The reason is checked once the recruitment is known to be in reach (404/403 first).
    if (verdict.decision !== 'valider') {
      const p = motifSchema.safeParse(typeof verdict.motif === 'string' ? verdict.motif : '');
      if (!p.success) {
        const message = p.error.issues[0]?.message ?? 'Indiquez le motif.';
        return fail('motif_invalide', message, 422, { motif: message });
      }
      motif = p.data;
    }
    await verrouillerStructure(tx.db, m0.structureId);
    await verrouillerCandidat(tx.db, m0.candidatId);
    const m = (await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true }))!;
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      vers,
      STATUT_MISE_EN_RELATION_LABELS,
    );
    if (!t.ok) return t;
    await tx.db
      .update(misesEnRelation)
      .set({ statut: vers, motifAnct: motif, modifieLe: tx.now })
      .where(eq(misesEnRelation.id, m.id));
    const rouvertes = vers === 'refusee' ? await rouvrirPropositions(tx.db, m.candidatId, tx.now) : 0;
    if (vers === 'validee' && m.candidatUtilisateurId) {
      await attribuerRole(tx, {
        utilisateurId: m.candidatUtilisateurId,
        role: 'conseiller',
        structureId: m.structureId,
      });
    }
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: AUDIT[verdict.decision],
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: tx.ip,
      details: { candidat: m.candidatId, ...(motif ? { motif } : {}), propositionsRouvertes: rouvertes },
    });
    const conseiller = [m.candidatPrenom, m.candidatNom].filter(Boolean).join(' ') || 'Candidature effacée';
    const decision: DecisionRecrutement = vers;
    mails = [
      m.contactEmail
        ? mailDecisionRecrutement(tx.config.baseUrl, {
            to: m.contactEmail,
            structure: m.structureNom,
            conseiller,
            decision,
            ...(motif ? { motif } : {}),
          })
        : null,
      vers === 'validee' && m.candidatEmail
        ? mailRecrutementValide(tx.config.baseUrl, {
            to: m.candidatEmail,
            prenom: m.candidatPrenom ?? '',
            structure: m.structureNom,
          })
        : null,
    ].filter((x): x is Mail => x !== null);
    return ok({ id: m.id, statut: vers });
  });
  if (r.ok) await envoyer(ctx, mails);
  return r;
}

/** ANCT validates a recruitment (the shortest verdict). */
export function validerRecrutement(ctx: ContexteUtilisateur, miseEnRelationId: string) {
  return deciderRecrutement(ctx, miseEnRelationId, { decision: 'valider' });
}
