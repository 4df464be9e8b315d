import { and, eq, inArray } from 'drizzle-orm';
import { candidats, misesEnRelation } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { effacerCompteSansAutreRole } from '../../comptes/index.ts';
import { TRANSITIONS_CANDIDAT, verifierTransition } from '../domain/transitions.ts';
import { STATUT_CANDIDAT_LABELS, STATUTS_PROPOSITION_OUVERTE, type StatutCandidat } from '../domain/types.ts';
import { candidatEnPoste, verrouillerCandidat } from '../repo.ts';
import { CANDIDATURE_PERSONNELLE_INTROUVABLE, utilisateurCandidat } from './modifier-candidat.ts';

/**
 * The candidate withdraws: identity, contact details, precise location and free texts are erased at once
 * (docs/recrutement-donnees-personnelles.md); what remains is anonymous (département, situations,
 * dates) and keeps the statistics true. Someone holding a post must first have the contract ended.
 */
export async function retirerCandidat(ctx: ContexteUtilisateur): Promise<Result<{ id: string }>> {
  const utilisateurId = utilisateurCandidat(ctx.actor);
  if (!utilisateurId) return fail('acces_refuse', 'Seul le candidat retire sa candidature.', 403);
  return inTransaction(ctx, async (dans) => {
    const { db: tx, now } = dans;
    const [mine] = await tx
      .select({ id: candidats.id })
      .from(candidats)
      .where(eq(candidats.utilisateurId, utilisateurId));
    const c = mine && (await verrouillerCandidat(tx, mine.id));
    if (!c) return fail('introuvable', CANDIDATURE_PERSONNELLE_INTROUVABLE, 404);
    const t = verifierTransition(
      TRANSITIONS_CANDIDAT,
      c.statut as StatutCandidat,
      'retire',
      STATUT_CANDIDAT_LABELS,
    );
    if (!t.ok) return t;
    if (await candidatEnPoste(tx, c.id)) {
      return fail(
        'candidat_en_poste',
        'Vous êtes recruté·e comme conseiller numérique : votre structure doit d’abord enregistrer la fin de votre contrat avant que votre candidature puisse être retirée.',
        409,
      );
    }
    await tx
      .update(misesEnRelation)
      .set({ statut: 'non_disponible', modifieLe: now })
      .where(
        and(
          eq(misesEnRelation.candidatId, c.id),
          inArray(misesEnRelation.statut, [...STATUTS_PROPOSITION_OUVERTE]),
        ),
      );
    await tx
      .update(candidats)
      .set({
        statut: 'retire',
        utilisateurId: null,
        prenom: null,
        nom: null,
        email: null,
        telephone: null,
        communeCode: null,
        codePostal: null,
        latitude: null,
        longitude: null,
        diplomeNom: null,
        experience: null,
        motivation: null,
        niveauPix: null,
        effaceLe: now,
        modifieLe: now,
      })
      .where(eq(candidats.id, c.id));
    await effacerCompteSansAutreRole(dans, {
      utilisateurId,
      role: 'candidat',
    });
    // The audit keeps no personal data: only the record's id and its département.
    await recordAudit(tx, {
      actor: dans.actor,
      action: 'candidat.retire',
      entityType: 'candidat',
      entityId: c.id,
      departementCode: c.departementCode,
      ip: dans.ip,
      details: { donneesEffacees: true },
    });
    return ok({ id: c.id });
  });
}
