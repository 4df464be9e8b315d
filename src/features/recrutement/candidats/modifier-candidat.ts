import { eq } from 'drizzle-orm';
import { candidats } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fieldErrors } from '../../../platform/http/form-errors.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { communeDetaillee } from '../../territoires/index.ts';
import { dateParis } from '../domain/parametres.ts';
import { apparierApres } from '../mises-en-relation/apparier.ts';
import { verrouillerCandidat } from '../repo.ts';
import { modificationCandidatSchema } from '../schemas.ts';
import { retirerPropositionsDevenuesInadaptees } from './propositions-inadaptees.ts';

export const CANDIDATURE_PERSONNELLE_INTROUVABLE =
  'Aucune candidature de conseiller numérique n’est liée à votre compte.';

/** The candidate of the signed-in person (a candidate only ever acts on its own record). */
export function utilisateurCandidat(actor: Actor): string | null {
  return actor.kind === 'user' && actor.active?.role === 'candidat' ? actor.userId : null;
}

/** The candidate updates its profile (commune, mobility, availability…); matching uses it at next run. */
export async function modifierCandidat(
  ctx: ContexteUtilisateur,
  input: unknown,
): Promise<Result<{ id: string }>> {
  const utilisateurId = utilisateurCandidat(ctx.actor);
  if (!utilisateurId) return fail('acces_refuse', 'Seul le candidat modifie sa candidature.', 403);
  const parsed = modificationCandidatSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return fail('champs_invalides', Object.values(fields).join(' '), 400, fields);
  }
  const d = parsed.data;
  const commune = await communeDetaillee(ctx.db, d.communeCode);
  if (!commune) {
    return fail('commune_inconnue', 'Commune inconnue : choisissez-la dans la liste.', 400, {
      communeCode: 'Commune inconnue : choisissez-la dans la liste.',
    });
  }
  // Coordinates from the form, else the commune's (matching needs a point).
  const latitude = d.latitude ?? commune.latitude;
  const longitude = d.longitude ?? commune.longitude;
  if (latitude === null || longitude === null) {
    return fail(
      'coordonnees_absentes',
      'Impossible de situer votre commune : indiquez votre position.',
      400,
      {
        communeCode: 'Impossible de situer cette commune : indiquez votre position.',
      },
    );
  }
  const r = await inTransaction(ctx, async ({ db: tx, now, actor, ip }) => {
    const [mine] = await tx
      .select({ id: candidats.id })
      .from(candidats)
      .where(eq(candidats.utilisateurId, utilisateurId));
    const c = mine && (await verrouillerCandidat(tx, mine.id));
    if (!c) return fail('introuvable', CANDIDATURE_PERSONNELLE_INTROUVABLE, 404);
    if (c.statut === 'retire') return fail('candidature_retiree', 'Votre candidature est retirée.', 409);
    await tx
      .update(candidats)
      .set({
        telephone: d.telephone ?? null,
        communeCode: commune.code,
        codePostal: commune.codesPostaux[0] ?? null,
        departementCode: commune.departement,
        latitude,
        longitude,
        rayonMobiliteKm: d.rayonMobiliteKm,
        dateDisponibilite: d.dateDisponibilite,
        situations: d.situations,
        diplome: d.diplome,
        diplomeNom: d.diplome ? (d.diplomeNom ?? null) : null,
        experience: d.experience ?? null,
        motivation: d.motivation,
        niveauPix: d.niveauPix ?? null,
        modifieLe: now,
      })
      .where(eq(candidats.id, c.id));
    const _retirees = await retirerPropositionsDevenuesInadaptees(
      tx,
      {
        id: c.id,
        latitude,
        longitude,
        departementCode: commune.departement,
        rayonMobiliteKm: d.rayonMobiliteKm,
        dateDisponibilite: d.dateDisponibilite,
        statut: 'actif',
        recruteAilleurs: false,
      },
      dateParis(now),
    );
    await recordAudit(tx, {
      actor,
      action: 'candidat.modifie',
      entityType: 'candidat',
      entityId: c.id,
      departementCode: commune.departement,
      ip,
      details: {
        communeCode: commune.code,
        rayonMobiliteKm: d.rayonMobiliteKm,
        dateDisponibilite: d.dateDisponibilite,
      },
    });
    return ok({ id: c.id });
  });
  // New commune, radius or date: structures it now fits get it proposed.
  if (r.ok) await apparierApres(ctx, { candidatId: r.value.id });
  return r;
}
