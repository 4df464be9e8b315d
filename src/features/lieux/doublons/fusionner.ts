import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { ContexteUtilisateur } from '../../../platform/context.ts';
import { allowedBy } from '../../../platform/policies/can.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { REGISTRE_LIEUX, registreLieuxPolicy } from '../import/policy.ts';
import { absorber, doublonParId, lieuxParIds, marquerTraite } from './repo.ts';

const identifiant = z.uuid();
const lieuChoisi = z.uuid({ error: 'Choisissez le lieu à garder.' });

/**
 * Merges a candidate pair: keeps one place, moves every provenance of the other to it (nothing is
 * lost), marks the other as merged into it (hidden from search and exports). Audited.
 */
export async function fusionnerDoublon(
  ctx: ContexteUtilisateur,
  input: { doublonId: string; conserver: string },
): Promise<Result<{ conserveId: string; absorbeId: string }>> {
  const { actor } = ctx;
  if (!allowedBy(registreLieuxPolicy, actor, 'traiter_doublons', REGISTRE_LIEUX)) {
    return fail('acces_refuse', 'Seule l’ANCT peut fusionner des lieux.', 403);
  }
  // The pair first, then the choice (issue 9: what the request is about is found before its form is read).
  const id = identifiant.safeParse(input.doublonId);
  if (!id.success) return fail('doublon_introuvable', 'Cette paire de doublons n’existe pas.', 404);
  const doublonId = id.data;
  return ctx.db.transaction(async (tx) => {
    const paire = await doublonParId(tx, doublonId);
    if (!paire) return fail('doublon_introuvable', 'Cette paire de doublons n’existe pas.', 404);
    const choix = lieuChoisi.safeParse(input.conserver);
    if (!choix.success) {
      const message = choix.error.issues[0]?.message ?? 'Choisissez le lieu à garder.';
      return fail('demande_invalide', message, 422, { conserver: message });
    }
    const conserver = choix.data;
    if (paire.statut !== 'candidat')
      return fail('doublon_deja_traite', 'Cette paire a déjà été traitée.', 409);
    if (conserver !== paire.lieuAId && conserver !== paire.lieuBId) {
      return fail('lieu_hors_paire', 'Le lieu à garder doit être l’un des deux lieux de la paire.', 422, {
        conserver: 'Choisissez l’un des deux lieux.',
      });
    }
    const absorbeId = conserver === paire.lieuAId ? paire.lieuBId : paire.lieuAId;
    const lieux = await lieuxParIds(tx, [conserver, absorbeId]);
    const conserve = lieux.get(conserver);
    const absorbe = lieux.get(absorbeId);
    if (!conserve || !absorbe || conserve.fusionneDans || absorbe.fusionneDans) {
      return fail('doublon_obsolete', 'L’un des deux lieux a déjà été fusionné avec un autre.', 409);
    }
    const userId = actor.kind === 'user' ? actor.userId : null;
    await marquerTraite(tx, doublonId, 'fusionne', userId, ctx.now, conserver);
    await absorber(tx, absorbeId, conserver, conserve.structureId ? null : absorbe.structureId);
    await recordAudit(tx, {
      actor,
      action: 'lieux.doublon.fusion',
      entityType: 'lieu',
      entityId: conserver,
      departementCode: conserve.departementCode,
      ip: ctx.ip,
      details: {
        doublonId,
        absorbe: absorbeId,
        nomConserve: conserve.nom,
        nomAbsorbe: absorbe.nom,
        sourcesAbsorbees: absorbe.sources,
      },
    });
    return ok({ conserveId: conserver, absorbeId });
  });
}
