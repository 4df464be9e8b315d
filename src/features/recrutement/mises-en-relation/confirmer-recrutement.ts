import { eq } from 'drizzle-orm';
import { misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import type { Mail } from '../../../platform/mail/mailer.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { emailsDuRole } from '../../comptes/index.ts';
import { verrouillerStructure } from '../../structures/index.ts';
import { TRANSITIONS_MISE_EN_RELATION, verifierTransition } from '../domain/transitions.ts';
import { STATUT_MISE_EN_RELATION_LABELS, type StatutMiseEnRelation } from '../domain/types.ts';
import { envoyer, mailRecrutementAValider, mailRecrutementDecline } from '../emails.ts';
import { can } from '../policy.ts';
import { verrouillerCandidat } from '../repo.ts';
import {
  chargerMiseEnRelation,
  MISE_EN_RELATION_INTROUVABLE,
  ressourceMiseEnRelation,
  rouvrirPropositions,
} from './repo.ts';

/**
 * The candidate answers the hire a structure recorded: confirmed, ANCT sees it and may validate it;
 * declined, the post is free again and her other proposals reopen. Locks structure, candidate, then
 * relation (ADR 009's order).
 */
export async function confirmerRecrutement(
  ctx: ContexteUtilisateur,
  miseEnRelationId: string,
  reponse: 'confirmer' | 'decliner',
): Promise<Result<{ id: string; statut: StatutMiseEnRelation }>> {
  let mails: Mail[] = [];
  const r = await inTransaction(ctx, async (tx) => {
    const m0 = await chargerMiseEnRelation(tx.db, miseEnRelationId);
    if (!m0 || !can(tx.actor, 'voir', ressourceMiseEnRelation(m0)))
      return fail('introuvable', MISE_EN_RELATION_INTROUVABLE, 404);
    if (!can(tx.actor, 'confirmer', ressourceMiseEnRelation(m0)))
      return fail('acces_refuse', 'Seul le candidat recruté confirme son recrutement.', 403);
    await verrouillerStructure(tx.db, m0.structureId);
    await verrouillerCandidat(tx.db, m0.candidatId);
    const m = (await chargerMiseEnRelation(tx.db, miseEnRelationId, { verrou: true }))!;
    const vers: StatutMiseEnRelation = reponse === 'confirmer' ? 'recrutee' : 'declinee';
    if (m.statut !== 'a_confirmer') {
      return fail('rien_a_confirmer', 'Aucun recrutement n’attend votre confirmation ici.', 409);
    }
    const t = verifierTransition(
      TRANSITIONS_MISE_EN_RELATION,
      m.statut as StatutMiseEnRelation,
      vers,
      STATUT_MISE_EN_RELATION_LABELS,
    );
    if (!t.ok) return t;
    await tx.db
      .update(misesEnRelation)
      .set({ statut: vers, modifieLe: tx.now })
      .where(eq(misesEnRelation.id, m.id));
    const rouvertes = vers === 'declinee' ? await rouvrirPropositions(tx.db, m.candidatId, tx.now) : 0;
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: vers === 'recrutee' ? 'recrutement.confirme' : 'recrutement.decline',
      entityType: 'mise_en_relation',
      entityId: m.id,
      departementCode: m.departementCode,
      structureId: m.structureId,
      ip: tx.ip,
      details: { candidat: m.candidatId, propositionsRouvertes: rouvertes },
    });
    const conseiller = [m.candidatPrenom, m.candidatNom].filter(Boolean).join(' ');
    if (vers === 'recrutee') {
      mails = mailRecrutementAValider(tx.config.baseUrl, {
        to: await emailsDuRole(tx.db, 'anct'),
        structure: m.structureNom,
        conseiller,
      });
    } else if (m.contactEmail) {
      mails = [
        mailRecrutementDecline(tx.config.baseUrl, {
          to: m.contactEmail,
          structure: m.structureNom,
          conseiller,
        }),
      ];
    }
    return ok({ id: m.id, statut: vers });
  });
  if (r.ok) await envoyer(ctx, mails);
  return r;
}
